// @vitest-environment node
import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import { impactTableTemplate } from '../impact-table-template.ts';
import { renderPdf } from './node-pdf.ts';
import { extractPdf } from './pdf-text.ts';

/** A long action plan: the table block must split across pages and repeat its header row on each. */
const template = localiseTemplate(impactTableTemplate);
const ROWS = 60;
const actions = Array.from({ length: ROWS }, (_, i) => ({
  id: `r${i}`,
  cells: {
    action: `Action number ${i + 1}: check the lift announcements on floor ${i + 1}`,
    owner: `Owner ${i + 1}`,
    due: { day: String((i % 28) + 1), month: '3', year: '2026' },
    status: i % 2 === 0 ? 'open' : 'done',
  },
}));
const assessment = createAssessment({
  id: 'long-table',
  template,
  answers: { name: 'Lift upgrade', actions } as never,
});

beforeAll(() => registerTemplate(impactTableTemplate));
afterAll(() => forgetLearntTemplates());

describe('a table answer in the PDF', () => {
  it('prints every cell, splits across pages and repeats the header row on each page it spans', async () => {
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    const text = pdf.text;
    for (const [i, row] of actions.entries()) {
      expect(text).toContain(row.cells.action);
      expect(text).toContain(`Owner ${i + 1}`);
      expect(text).toContain(`${(i % 28) + 1} March 2026`);
    }
    const pagesWith = (needle: string) =>
      pdf.pages.flatMap((page, n) => (page.includes(needle) ? [n + 1] : []));
    const tablePages = [...new Set(actions.flatMap((row) => pagesWith(row.cells.action)))];
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) {
      const heads = pdf.items.filter((item) => item.page === page).map((item) => item.str);
      for (const header of ['Action', 'Owner', 'Due date', 'Status']) expect(heads).toContain(header);
      // The header row sits above the page's first row of the table.
      const header = pdf.items.find((item) => item.page === page && item.str === 'Due date')!;
      const firstRow = pdf.items.find((item) => item.page === page && item.str.startsWith('Action number'))!;
      expect(header.y).toBeGreaterThan(firstRow.y);
    }
    // Words, not codes: the choice's label is printed.
    expect(text).toContain('Done');
    expect(text).not.toMatch(/\bdone\b/);
  }, 60_000);

  it('is a real table in the HTML appendix, with column and row headers', () => {
    const { html } = buildAppendixHtml(assessment, { exportedAt: new Date('2026-01-05T12:00:00Z') });
    expect(html).toContain('<caption>Action plan</caption>');
    expect(html).toContain('<th scope="col">Due date</th>');
    expect(html).toContain(`<th scope="row">${actions[0]!.cells.action}</th>`);
  });
});
