// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { currentTemplate, forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { summariseAssessment } from '@/domain/assessment-summary.ts';
import { attentionReasons, buildOverview, gridColumns } from '@/domain/overview.ts';
import { csvDateTime, csvField, overviewCsv, overviewCsvFileName } from '@/domain/overview-csv.ts';
import { buildExampleAssessment } from '../builders.ts';
import { buildMovedExampleWithActionPlan, loadHcpc202601Example } from '../hcpc-2026-01-example.ts';
import { buildSummary } from './summary-builder.ts';

describe('buildOverview', () => {
  const summaries = [
    buildSummary({
      id: 'ok',
      title: 'Finished',
      status: 'agreed',
      weakCount: 3,
      updatedAt: '2026-03-05T09:00:00Z',
    }),
    buildSummary({ id: 'clean', title: 'Clean draft', updatedAt: '2026-03-04T09:00:00Z' }),
    buildSummary({
      id: 'waiting',
      title: 'Waiting',
      status: 'ready-for-review',
      updatedAt: '2026-03-03T09:00:00Z',
    }),
    buildSummary({
      id: 'gaps',
      title: 'Gaps',
      missingCount: 4,
      weakCount: 1,
      updatedAt: '2026-03-02T09:00:00Z',
    }),
  ];

  it('lists every assessment, newest first, with what the table shows', () => {
    const overview = buildOverview(summaries, currentTemplate);
    expect(overview.rows.map((r) => r.id)).toEqual(['ok', 'clean', 'waiting', 'gaps']);
    expect(overview.total).toBe(4);
    expect(overview.rows[3]).toMatchObject({
      title: 'Gaps',
      statusLabel: 'Draft',
      sections: '2 of 6',
      missing: 4,
      weak: 1,
      assessorName: 'Katherine Timms',
      attention: ['4 missing', '1 to look at'],
    });
  });

  it('filters to what needs attention: waiting for review, gaps or open comments, never agreed', () => {
    const overview = buildOverview(summaries, currentTemplate, { filter: 'needs-attention' });
    expect(overview.rows.map((r) => r.id)).toEqual(['waiting', 'gaps']);
    expect(overview.attentionCount).toBe(2);
    expect(attentionReasons(buildSummary({ openComments: 1 }))).toEqual(['1 open comment']);
  });

  it('sorts by most missing or by title', () => {
    expect(buildOverview(summaries, currentTemplate, { sort: 'missing' }).rows[0]!.id).toBe('gaps');
    expect(buildOverview(summaries, currentTemplate, { sort: 'title' }).rows.map((r) => r.title)).toEqual([
      'Clean draft',
      'Finished',
      'Gaps',
      'Waiting',
    ]);
  });

  it('has one grid column per equality group, in template order', () => {
    const { columns } = buildOverview([], currentTemplate);
    expect(columns).toHaveLength(11);
    expect(columns[0]).toEqual({ questionId: 'age', sectionId: 'analysis', label: 'Age' });
    expect(columns.at(-1)).toEqual({
      questionId: 'fourCountries',
      sectionId: 'analysis',
      label: 'Four countries diversity',
    });
  });
});

describe('overviewCsv', () => {
  it('starts with a byte-order mark, quotes every field and ends lines with CRLF', () => {
    const csv = overviewCsv(
      buildOverview([buildSummary({ title: 'Café “quoted”, with "quotes"\nand a line' })], currentTemplate),
    );
    expect(csv.startsWith('\uFEFF"Title","Status","Revision","Assessor","Sections completed"')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[1]).toContain(
      '"Café “quoted”, with ""quotes""\nand a line","Draft","1","Katherine Timms","2 of 6","0","0","0"',
    );
    expect(lines[1]).toContain(
      `"${csvDateTime('2026-03-02T09:00:00.000Z')}","Answered","","","","","To look at","","Missing"`,
    );
  });

  it('defuses answers that Excel would run as a formula', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvField(bad).startsWith(`"'`)).toBe(true);
    }
    expect(csvField('Plain = fine')).toBe('"Plain = fine"');
    const csv = overviewCsv(
      buildOverview([buildSummary({ title: '=cmd|"/c calc"!A1', assessorName: '@me' })], currentTemplate),
    );
    expect(csv).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(csv).toContain(`"'@me"`);
  });
});

describe('csvDateTime', () => {
  it('writes a date and time Excel can sort, and a dated file name', () => {
    expect(csvDateTime('2026-03-04T15:07:00')).toBe('2026-03-04 15:07');
    expect(csvDateTime('not a date')).toBe('');
    expect(overviewCsvFileName(new Date(2026, 2, 4, 9))).toBe('eia-overview-2026-03-04.csv');
  });
});

describe('the group grid across templates', () => {
  afterEach(() => forgetLearntTemplates());

  it('adds a column for an equality group that only a newer template asks about ("Carers"), after the usual ones', () => {
    const moved = buildMovedExampleWithActionPlan();
    const summaries = [
      summariseAssessment(moved, { today: new Date('2026-03-01T00:00:00Z') }),
      summariseAssessment(buildExampleAssessment(), { today: new Date('2026-03-01T00:00:00Z') }),
    ];
    const overview = buildOverview(summaries, currentTemplate);
    const labels = overview.columns.map((c) => c.label);
    expect(labels.slice(0, 11)).toEqual(gridColumns(currentTemplate).map((c) => c.label));
    expect(labels).toContain('Carers');
    expect(new Set(overview.columns.map((c) => c.questionId)).size).toBe(overview.columns.length);
    const carers = overview.columns.find((c) => c.label === 'Carers')!;
    const row = overview.rows.find((r) => r.id === moved.id)!;
    expect(row.groups[carers.questionId]).toBeDefined();
    expect(row.ratings[carers.questionId]).toBe('Positive, Negative');
    // And in the CSV the EDI manager downloads.
    expect(overviewCsv(overview).split('\r\n')[0]).toContain('Carers');
  });

  it('shows no column for a group no listed assessment is asked about', () => {
    registerTemplate(loadHcpc202601Example());
    const overview = buildOverview(
      [summariseAssessment(buildExampleAssessment(), { today: new Date('2026-03-01T00:00:00Z') })],
      currentTemplate,
    );
    expect(overview.columns.map((c) => c.label)).not.toContain('Carers');
  });
});
