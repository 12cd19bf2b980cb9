// @vitest-environment node
import type { Assessment } from '@schemas/assessment.ts';
import { en } from '@schemas/local-text.ts';
import {
  localiseTemplate,
  type QuestionDefinition,
  type TemplateDefinition,
} from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildMovedExampleWithActionPlan, MOVED_EXAMPLE_ACTIONS } from '../hcpc-2026-01-example.ts';
import { renderPdf } from './node-pdf.ts';
import { extractPdf, type ExtractedPdf } from './pdf-text.ts';

/**
 * Tables split across pages the way a typeset paper splits them: the question's label, the header row and
 * the first rows stay together (never a label and a header alone at the foot of a page), the header row
 * heads every page the table spans, and no page holds a single row of a table that has more (no widow row,
 * no orphan row). Read back from the PDF: which page each row lands on, and what is printed just above it.
 */
const COLUMNS = ['Action', 'Owner', 'Due date', 'Status'];

function planQuestion(id: string, label: string): QuestionDefinition {
  return {
    id,
    kind: 'table',
    label: en(label),
    required: false,
    rowName: en('action'),
    maxRows: 20,
    columns: [
      { id: 'action', label: en('Action'), kind: 'text' },
      { id: 'owner', label: en('Owner'), kind: 'text' },
      { id: 'due', label: en('Due date'), kind: 'date' },
      {
        id: 'status',
        label: en('Status'),
        kind: 'choice',
        options: [
          { value: 'open', label: en('Open') },
          { value: 'done', label: en('Done') },
        ],
      },
    ],
  };
}

/** Ten tables of 1 to 6 rows, each after a paragraph of a different length: they land all over the pages. */
const TABLES = 10;
const rowsOf = (t: number) => (t % 6) + 1;
const manyTables: TemplateDefinition = {
  schemaVersion: 2,
  id: 'acme-tables',
  version: '1',
  title: en('Acme action plans (EIA)'),
  shortTitle: en('Acme action plans'),
  introGuidance: [],
  sections: [
    {
      id: 'plans',
      number: 1,
      title: en('Plans'),
      guidance: [],
      questions: [
        { id: 'name', kind: 'text', role: 'title', label: en('Name of the change'), required: true },
        ...Array.from({ length: TABLES }, (_, t) => [
          { id: `why${t}`, kind: 'textarea', label: en(`Background ${t}`), required: false } as const,
          planQuestion(`plan${t}`, `Plan number ${t}`),
        ]).flat(),
      ],
    },
  ],
  about: { title: en('About'), blocks: [] },
  notice: en(''),
  footnotes: [],
};

const FILLER = 'The background to this plan, with the evidence that led to it and who asked for it. ';

function manyTablesAssessment(): Assessment {
  const answers: Record<string, unknown> = { name: 'Many action plans' };
  for (let t = 0; t < TABLES; t += 1) {
    answers[`why${t}`] = FILLER.repeat(((t * 7) % 11) + 1);
    answers[`plan${t}`] = Array.from({ length: rowsOf(t) }, (_, r) => ({
      id: `t${t}r${r}`,
      cells: {
        action: `T${t}R${r + 1} check the lift announcements and the signs on every floor of the building`,
        owner: `Facilities ${r + 1}`,
        due: { day: String(r + 1), month: '3', year: '2026' },
        status: r % 2 ? 'done' : 'open',
      },
    }));
  }
  return createAssessment({
    id: 'many-tables',
    template: localiseTemplate(manyTables),
    answers: answers as never,
  });
}

type Table = { label: string; rowKeys: string[] };

/**
 * What is wrong with how each table lands on the pages, in words (empty when nothing is). `rowKeys`: a
 * text that starts each row's first cell, in order.
 */
function tableProblems(pdf: ExtractedPdf, tables: Table[]): string[] {
  const problems: string[] = [];
  for (const { label, rowKeys } of tables) {
    const labelPage = pdf.items.find((i) => i.str.trim() === label)?.page;
    const rowItems = rowKeys.map((key) => pdf.items.findIndex((i) => i.str.startsWith(key)));
    const pageOfRow = rowItems.map((index) => pdf.items[index]?.page);
    if (labelPage === undefined || pageOfRow.some((p) => p === undefined)) {
      problems.push(`${label}: not printed`);
      continue;
    }
    if (pageOfRow[0] !== labelPage) {
      problems.push(`${label}: label on page ${labelPage}, first row on page ${pageOfRow[0]}`);
    }
    const pages = [...new Set(pageOfRow)];
    for (const page of pages) {
      const rows = pageOfRow.filter((p) => p === page).length;
      if (rowKeys.length > 1 && rows < 2) problems.push(`${label}: only ${rows} row on page ${page}`);
      // The header row is what is printed just before the table's first row on this page.
      const first = rowItems[pageOfRow.indexOf(page)]!;
      const before = pdf.items.slice(first - COLUMNS.length, first).map((i) => i.str.trim());
      if (before.join('|') !== COLUMNS.join('|')) {
        problems.push(`${label}: no header row above its rows on page ${page}`);
      }
    }
  }
  return problems;
}

afterAll(() => forgetLearntTemplates());

describe('tables across pages', () => {
  it('keeps label, header and the first two rows together, repeats the header, leaves no lone row', async () => {
    registerTemplate(manyTables);
    const pdf = await extractPdf((await renderPdf(manyTablesAssessment())).bytes);
    expect(pdf.pages.length).toBeGreaterThan(3);
    const tables = Array.from({ length: TABLES }, (_, t) => ({
      label: `Plan number ${t}`,
      rowKeys: Array.from({ length: rowsOf(t) }, (_, r) => `T${t}R${r + 1}`),
    }));
    expect(tableProblems(pdf, tables)).toEqual([]);
  }, 60_000);

  it('does not strand the action plan of the seed moved to the 2026-01 form (five actions)', async () => {
    const assessment = buildMovedExampleWithActionPlan();
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    expect(
      tableProblems(pdf, [
        { label: 'Action plan', rowKeys: MOVED_EXAMPLE_ACTIONS.map((_, i) => `Rider survey ${i + 1}`) },
      ]),
    ).toEqual([]);
  }, 60_000);
});

describe('table columns', () => {
  it('gives a date column room for a long date on one line', async () => {
    registerTemplate(manyTables);
    const base = manyTablesAssessment();
    const rows = [8, 10].map((month, r) => ({
      id: `long${r}`,
      cells: {
        action: `Long date ${r}`,
        owner: 'Facilities',
        due: { day: '30', month: String(month + 1), year: '2026' },
        status: 'open',
      },
    }));
    const assessment = { ...base, answers: { ...base.answers, plan0: rows } } as Assessment;
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    expect(pdf.items.map((i) => i.str.trim())).toEqual(
      expect.arrayContaining(['30 September 2026', '30 November 2026']),
    );
  }, 60_000);
});
