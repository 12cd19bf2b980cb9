import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { formatDateTime } from '@/components/format-date-time.ts';
import { OverviewPage } from '@/features/overview/overview-page.tsx';
import { currentTemplate, forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { buildOverview } from '@/domain/overview.ts';
import { overviewCsv } from '@/domain/overview-csv.ts';
import { buildExampleAssessment } from '../../builders.ts';
import { loadHcpc202601Example } from '../../hcpc-2026-01-example.ts';
import { buildSummary } from '../../domain/summary-builder.ts';

const summaries = [
  buildSummary({
    id: 'agreed',
    title: 'Agreed one',
    status: 'agreed',
    weakCount: 2,
    updatedAt: '2026-03-05T09:00:00Z',
  }),
  buildSummary({
    id: 'waiting',
    title: 'Waiting one',
    status: 'ready-for-review',
    updatedAt: '2026-03-04T09:00:00Z',
  }),
  buildSummary({
    id: 'gaps',
    title: '=HYPERLINK("x")',
    missingCount: 3,
    weakCount: 1,
    assessorName: 'Zoë Ŵyn',
    updatedAt: '2026-03-03T09:00:00Z',
  }),
];

describe('OverviewPage', () => {
  let saved: Blob[] = [];
  beforeEach(() => {
    saved = [];
    vi.stubGlobal(
      'URL',
      Object.assign(URL, {
        createObjectURL: (b: Blob) => (saved.push(b), 'blob:x'),
        revokeObjectURL: () => {},
      }),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists every assessment with status, sections, counts, assessor and last edited', () => {
    render(<OverviewPage summaries={summaries} />);
    const table = screen.getByRole('table', { name: 'Assessments' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('rowheader')[0]!.textContent)).toEqual([
      'Agreed one',
      'Waiting oneReview Waiting one',
      '=HYPERLINK("x")',
    ]);
    const gaps = rows[2]!;
    expect(
      within(gaps)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Draft', '2 of 6', '3', '1', '0', 'Zoë Ŵyn', formatDateTime('2026-03-03T09:00:00Z')]);
    expect(within(rows[1]!).getByRole('link', { name: /Review/ })).toHaveAttribute(
      'href',
      '/assessments/waiting/review',
    );
  });

  it('says the table of assessments scrolls sideways on a small screen, as the grid does', () => {
    render(<OverviewPage summaries={summaries} />);
    const region = screen.getByRole('region', { name: 'Assessments' });
    expect(region).toHaveAccessibleDescription(
      'On a small screen, scroll the table sideways (or select it and use the arrow keys) to see every column.',
    );
    expect(region).toHaveClass('app-table-scroll--shadows');
  });

  it('filters to what needs attention', async () => {
    const user = userEvent.setup();
    render(<OverviewPage summaries={summaries} />);
    await user.click(screen.getByLabelText('Needs attention (2)'));
    const table = screen.getByRole('table', { name: 'Assessments' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).queryByText('Agreed one')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 to 2 of 2');
  });

  it('shows the assessment × equality group grid in words', () => {
    render(<OverviewPage summaries={summaries} />);
    const grid = screen.getByRole('table', { name: 'Equality groups by assessment' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.slice(0, 3)).toEqual(['Assessment', 'Age', 'Disability']);
    expect(headers).toHaveLength(12);
    const first = within(grid).getAllByRole('row')[1]!;
    expect(within(first).getAllByRole('cell')[0]).toHaveTextContent('Answered');
    expect(within(first).getAllByRole('cell')[5]).toHaveTextContent('To look at');
  });

  it('adds a column for a group a newer form asks about, and says where a form does not ask it', () => {
    const carers = buildSummary({
      id: 'carers',
      title: 'Bus timetable',
      updatedAt: '2026-03-09T09:00:00Z',
      groups: { ...buildSummary().groups, carers: 'weak' },
      groupRatings: { carers: 'Negative' },
    });
    registerTemplate(loadHcpc202601Example());
    try {
      render(<OverviewPage summaries={[carers, ...summaries]} />);
    } finally {
      forgetLearntTemplates();
    }
    const grid = screen.getByRole('table', { name: 'Equality groups by assessment' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers.at(-1)).toBe('Carers');
    const [, withCarers, without] = within(grid).getAllByRole('row');
    const carersCell = within(withCarers!).getAllByRole('cell').at(-1)!;
    expect(carersCell).toHaveTextContent('To look at');
    expect(within(carersCell).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringContaining('/sections/analysis/carers'),
    );
    const notAsked = within(without!).getAllByRole('cell').at(-1)!;
    expect(notAsked).toHaveTextContent('Not in this form');
    expect(within(notAsked).queryByRole('link')).toBeNull();
  });

  it('downloads the shown assessments as a CSV for Excel', async () => {
    const user = userEvent.setup();
    render(<OverviewPage summaries={summaries} now={() => new Date(2026, 2, 6)} />);
    await user.click(screen.getByRole('button', { name: /Download CSV/ }));
    expect(saved).toHaveLength(1);
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('"\'=HYPERLINK(""x"")","Draft","1","Zoë Ŵyn"');
    expect(text.split('\r\n')).toHaveLength(5);
  });

  it('shows 50 assessments a page, with pages to move between', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 120 }, (_, i) =>
      buildSummary({
        id: `a${i}`,
        title: `Assessment ${i}`,
        updatedAt: new Date(Date.UTC(2026, 0, 1, 0, 120 - i)).toISOString(),
      }),
    );
    render(<OverviewPage summaries={many} />);
    const table = () => screen.getByRole('table', { name: 'Assessments' });
    expect(within(table()).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 to 50 of 120');
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(within(table()).getAllByRole('row')).toHaveLength(21);
    expect(within(table()).getByText('Assessment 100')).toBeInTheDocument();
  });

  it('says when there is nothing to show, and where to start, without controls that do nothing', () => {
    render(<OverviewPage summaries={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('There are no assessments in this browser yet.');
    const next = screen.getByRole('link', {
      name: 'Start a new assessment, open the example or import files on Your assessments',
    });
    expect(next).toHaveAttribute('href', '/');
    // Filters, sorting and a CSV of nothing come with the first assessment (at 320 px they filled two
    // screens above the message).
    expect(screen.queryByRole('button', { name: /Download CSV/ })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Show' })).toBeNull();
    expect(screen.queryByLabelText('Sort by')).toBeNull();
  });

  it('keeps the filters when the filter, not the browser, is empty', () => {
    const agreed = buildSummary({ id: 'done', title: 'Done', status: 'agreed' });
    render(<OverviewPage summaries={[agreed]} />);
    expect(screen.getByRole('group', { name: 'Show' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Download CSV/ })).toBeInTheDocument();
  });

  describe('CSV of every answer', () => {
    const example = buildExampleAssessment({ id: 'waiting' });
    const other = buildExampleAssessment({ id: 'not-shown' });
    const load = () => Promise.resolve([example, other]);
    const text = async (blob: Blob) => new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()));

    it('keeps the overview CSV as the default, exactly as before', async () => {
      const user = userEvent.setup();
      const now = () => new Date('2026-03-06T10:00:00Z');
      render(<OverviewPage summaries={summaries} loadAssessments={load} now={now} />);
      expect(screen.getByRole('radio', { name: 'The overview: one row per assessment' })).toBeChecked();
      await user.click(screen.getByRole('button', { name: /Download CSV/ }));
      expect(await text(saved[0]!)).toBe(
        new TextDecoder().decode(
          new TextEncoder().encode(overviewCsv(buildOverview(summaries, currentTemplate))),
        ),
      );
    });

    it('writes one row per answer of the assessments shown, or a column per question of the chosen form', async () => {
      const user = userEvent.setup();
      render(<OverviewPage summaries={summaries} loadAssessments={load} />);
      await user.click(screen.getByRole('radio', { name: 'Every answer: one row per answer' }));
      await user.click(screen.getByRole('button', { name: /Download CSV/ }));
      await screen.findByText('Downloaded every answer of 1 assessment, one row per answer.');
      const long = await text(saved[0]!);
      expect(long).toContain('"Question ID","Question","Answer"');
      expect(long).not.toContain('not-shown');

      await user.click(screen.getByRole('radio', { name: /a column per question/ }));
      expect(
        screen.getByRole('radio', {
          name: 'Equality, Diversity and Inclusion Impact Assessment, version 2018-10',
        }),
      ).toBeChecked();
      await user.click(screen.getByRole('button', { name: /Download CSV/ }));
      await screen.findByText(/^Downloaded 1 of the 1 assessments shown/);
      const wide = (await text(saved[1]!)).split('\r\n');
      expect(wide[0]).toContain('"1. Project / policy title"');
      expect(wide).toHaveLength(3);
    });
  });
});
