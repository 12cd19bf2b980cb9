// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findTemplate, forgetLearntTemplates } from '@schemas/templates/index.ts';
import type { Assessment } from '@schemas/assessment.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPdfViewModel, type PdfViewModel } from '@/domain/pdf-view-model.ts';
import { buildAssessment, buildCompleteAnswers, buildExampleAssessment } from '../builders.ts';
import { buildMovedExampleWithActionPlan } from '../hcpc-2026-01-example.ts';
import { EXPORTED_AT, renderPdf } from './node-pdf.ts';
import { extractPdf, normalise, type ExtractedPdf } from './pdf-text.ts';

/**
 * The committee PDF read as a typeset paper: a question's label is never the last thing on a page with
 * its answer on the next, a section heading stays with its first question, a short answer is not split,
 * no page holds only the closing licence notice, a long title does not push the running header into
 * the body, and the DRAFT mark is not text.
 */
function viewModel(assessment: Assessment): PdfViewModel {
  const template = findTemplate(assessment.templateId, assessment.templateVersion)!;
  return buildPdfViewModel(assessment, template, { exportedAt: EXPORTED_AT, appVersion: '0' });
}

/** The first words of an answer as extracted (bullets are drawn with "•", a table starts with its header). */
function answerStart(item: PdfViewModel['sections'][number]['items'][number]): string {
  const { answer } = item;
  if (answer.kind === 'missing') return answer.text;
  const [firstPart] = answer.kind === 'parts' ? answer.parts : [];
  if (answer.blocks.length === 0 && firstPart) {
    const value = firstPart.blocks[0];
    return firstPart.inline && value?.kind === 'paragraph'
      ? `${firstPart.label}: ${value.text}`
      : normalise(firstPart.label);
  }
  const first = answer.blocks[0]!;
  const text =
    first.kind === 'paragraph'
      ? first.text
      : first.kind === 'bullets'
        ? `• ${first.items[0]}`
        : `${first.columns.join(' ')} ${first.rows[0]?.[0] ?? ''}`;
  return normalise(text)
    .split(' ')
    .slice(0, first.kind === 'table' ? first.columns.length + 2 : 4)
    .join(' ');
}

function labelText(item: PdfViewModel['sections'][number]['items'][number]): string {
  return normalise(item.descriptor ? `${item.label} (${item.descriptor})` : item.label);
}

/** Every section printed, the answers to questions no longer asked last. */
function printedSections(vm: PdfViewModel) {
  return vm.noLongerAsked ? [...vm.sections, vm.noLongerAsked] : vm.sections;
}

/** Questions whose label and the start of its answer are not on the same page. */
function strandedLabels(pdf: ExtractedPdf, vm: PdfViewModel): string[] {
  return printedSections(vm)
    .flatMap((s) => s.items)
    .filter((item) => !pdf.pages.some((page) => page.includes(`${labelText(item)} ${answerStart(item)}`)))
    .map((item) => item.label);
}

/** Section headings not on the same page as their first question (and the form's texts printed between). */
function lonelyHeadings(pdf: ExtractedPdf, vm: PdfViewModel): string[] {
  return printedSections(vm)
    .filter((s) => {
      const lead = [s.heading, ...s.intro.map(normalise), labelText(s.items[0]!)].join(' ');
      return !pdf.pages.some((page) => page.includes(lead));
    })
    .map((s) => s.heading);
}

const cases: Array<[string, Assessment]> = [
  ['the seed example', buildExampleAssessment()],
  ['an empty assessment', buildAssessment()],
  [
    'every answer 1,200 characters',
    buildAssessment({
      answers: buildCompleteAnswers((key) =>
        `The ${key} answer says what was found and why, with the evidence behind it. `
          .repeat(16)
          .slice(0, 1200),
      ),
    }),
  ],
  [
    'answers of 1 to 9 lines',
    buildAssessment({
      answers: buildCompleteAnswers((key) =>
        `Line of the ${key} answer, long enough to fill most of a line on the page at this size. `.repeat(
          (key.length % 9) + 1,
        ),
      ),
    }),
  ],
  [
    'the seed moved to the 2026-01 form, with ratings and an action plan table',
    buildMovedExampleWithActionPlan(),
  ],
];

afterAll(() => forgetLearntTemplates());

describe('the committee PDF, typeset', () => {
  it.each(cases)(
    'never strands a label or a section heading at the foot of a page: %s',
    async (_, assessment) => {
      const pdf = await extractPdf((await renderPdf(assessment)).bytes);
      const vm = viewModel(assessment);
      expect(strandedLabels(pdf, vm)).toEqual([]);
      expect(lonelyHeadings(pdf, vm)).toEqual([]);
      // The closing notice shares its page with the last answer (its end, when a long answer splits).
      const last = pdf.pages.findIndex((page) => page.includes(normalise(vm.notice)));
      const lastItem = printedSections(vm).at(-1)!.items.at(-1)!;
      const answer = lastItem.answer;
      const ending =
        answer.kind === 'missing'
          ? answer.text
          : (() => {
              const block = answer.blocks.at(-1)!;
              const text = block.kind === 'paragraph' ? block.text : '';
              return text.split(' ').slice(-4).join(' ');
            })();
      expect(pdf.pages[last]).toContain(normalise(ending));
    },
  );

  it('keeps a short answer on one page', async () => {
    const assessment = cases[3]![1];
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    for (const item of viewModel(assessment).sections.flatMap((s) => s.items)) {
      if (item.answer.kind !== 'text') continue;
      for (const block of item.answer.blocks) {
        if (block.kind !== 'paragraph' || block.text.length > 400) continue;
        expect(
          pdf.pages.some((page) => page.includes(normalise(block.text))),
          item.label,
        ).toBe(true);
      }
    }
  });

  it('keeps the running header of a 250-character title above the body', async () => {
    const title =
      'A very long policy title about equality, diversity and inclusion in registration and fitness to practise '
        .repeat(3)
        .slice(0, 250);
    const pdf = await extractPdf(
      (await renderPdf(buildAssessment({ answers: { projectTitle: title } }))).bytes,
    );
    expect(pdf.pages.length).toBeGreaterThan(1);
    const page2 = pdf.items.filter((i) => i.page === 2);
    const headerWords = new Set(normalise(`Appendix B: ${title}`).split(' '));
    const header = page2.filter(
      (i) => i.y > pdf.pageHeight - 75 && headerWords.has(i.str.trim().split(' ')[0]!),
    );
    const body = page2.filter((i) => i.y <= pdf.pageHeight - 75 && i.y > 60);
    expect(header.length).toBeGreaterThan(0);
    const headerBottom = Math.min(...header.map((i) => i.y));
    const bodyTop = Math.max(...body.map((i) => i.y + i.height));
    expect(headerBottom).toBeGreaterThan(bodyTop);
  });

  it('draws the DRAFT mark as a picture, not text: pdftotext reads no DRAFT, RA or FT', async () => {
    const { bytes } = await renderPdf(buildExampleAssessment());
    const dir = mkdtempSync(join(tmpdir(), 'eia-draft-'));
    try {
      writeFileSync(join(dir, 'a.pdf'), bytes);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'a.pdf'), '-'], {
        encoding: 'utf8',
      });
      expect(text).not.toMatch(/\bDRAFT\b|\bRA\b|\bFT\b|^D$/m);
      expect(text).toContain('Status: Draft');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
