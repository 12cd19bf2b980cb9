// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Assessment } from '@schemas/assessment.ts';
import { migrateAssessmentRecord } from '@schemas/migrations/assessment-migrations.ts';
import { describe, expect, it } from 'vitest';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import { buildExampleAssessment } from '../builders.ts';
import { EXPORTED_AT, renderPdf } from './node-pdf.ts';
import { extractPdf } from './pdf-text.ts';

/**
 * Answers to questions no longer asked (kept when an assessment moved to a newer version of its form) are
 * printed for the committee in a last, clearly titled section, as Check your answers shows them: each under
 * its old question, with the section and the version on which it was asked. No such section when none.
 */
function v2Fixture(): Assessment {
  const raw = JSON.parse(
    readFileSync(new URL('../fixtures/assessment/v2.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const migrated = migrateAssessmentRecord(raw);
  if (!migrated.ok) throw new Error(migrated.reason);
  return migrated.value as unknown as Assessment;
}

const HEADING = 'Answers to questions no longer asked';
const LABEL = "Welsh Language Scheme: how will this work meet the Scheme's commitments?";
const KEPT = 'Materials for professionals are technical; a translation is offered on request.';

describe('answers to questions no longer asked in the appendix', () => {
  it('prints them in the PDF after the last section, with a bookmark, and before the licence notice', async () => {
    const assessment = v2Fixture();
    expect(assessment.noLongerAsked).toHaveLength(2);
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    const text = pdf.text;
    const at = text.indexOf(HEADING);
    expect(at).toBeGreaterThan(text.indexOf('Section 6: Action plan'));
    expect(text).toContain(`${LABEL} (Welsh Language Scheme, version 2017-06) ${KEPT}`);
    expect(text).toContain(
      'Have you consulted staff networks? (version 2017-06) Yes The disability network: no concerns.',
    );
    expect(text.indexOf(KEPT)).toBeGreaterThan(at);
    expect(text.indexOf('This document is adapted from a Department of Health')).toBeGreaterThan(
      text.indexOf(KEPT),
    );
    expect(pdf.outline).toContain(HEADING);
  }, 60_000);

  it('prints them in the accessible HTML as a section with its h2, the old question as an h3', () => {
    const { html } = buildAppendixHtml(v2Fixture(), { exportedAt: EXPORTED_AT });
    expect(html).toMatch(
      /<section aria-labelledby="no-longer-asked">\n<h2 id="no-longer-asked">Answers to questions no longer asked<\/h2>/,
    );
    expect(html).toContain(
      `<h3 class="question" id="q-no-longer-asked-1">Welsh Language Scheme: how will this work meet the Scheme&#39;s commitments? <span class="descriptor">(Welsh Language Scheme, version 2017-06)</span></h3>`,
    );
    expect(html).toContain(`<p>${KEPT}</p>`);
  });

  it('prints no such section when there are none', async () => {
    const assessment = buildExampleAssessment();
    expect(assessment.noLongerAsked).toEqual([]);
    expect(buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT }).html).not.toContain(HEADING);
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    expect(pdf.text).not.toContain(HEADING);
  }, 60_000);
});

describe('answers to questions no longer asked in a Welsh appendix', () => {
  it('titles the section in Welsh and marks an old question that has no Welsh wording as English', () => {
    const assessment: Assessment = {
      ...buildExampleAssessment({ language: 'cy' }),
      noLongerAsked: [
        {
          questionId: 'welshLanguageScheme',
          label: { en: 'An old question with no Welsh' },
          kind: 'textarea',
          templateVersion: '2017-06',
          reason: 'removed',
          value: 'Geiriau a gadwyd.',
          text: 'Geiriau a gadwyd.',
          movedAt: '2019-09-02T08:30:00.000Z',
        },
      ],
    };
    const { html } = buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT });
    expect(html).toContain('>Atebion i gwestiynau nad ydynt yn cael eu gofyn mwyach</h2>');
    expect(html).toContain(
      '<span lang="en-GB">An old question with no Welsh</span> <span class="descriptor">(fersiwn 2017-06)</span>',
    );
    expect(html).toContain('<p>Geiriau a gadwyd.</p>');
  });
});

describe('answers to questions no longer asked, kept with English words only, in a Welsh appendix', () => {
  const kept = (label: string, sectionTitle: string) => ({
    questionId: 'evidenceConsidered',
    label: { en: label },
    sectionTitle: { en: sectionTitle },
    kind: 'textarea',
    // The version the app has (the built-in HCPC form, with its Welsh): its words are the form's Welsh.
    templateVersion: '2018-10',
    reason: 'changed' as const,
    value: 'Geiriau a gadwyd.',
    text: 'Geiriau a gadwyd.',
    movedAt: '2019-09-02T08:30:00.000Z',
  });

  it("prints the form's own Welsh for the old question and its section when the form has them", async () => {
    const assessment: Assessment = {
      ...buildExampleAssessment({ language: 'cy' }),
      noLongerAsked: [
        kept('What evidence have you considered towards this impact assessment?', 'Evidence and Engagement'),
      ],
    };
    const { html } = buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT });
    expect(html).toContain(
      '>Pa dystiolaeth rydych chi wedi’i hystyried ar gyfer yr asesiad effaith hwn? <span class="descriptor">(Tystiolaeth ac Ymgysylltu, fersiwn 2018-10)</span></h3>',
    );
    expect(html).not.toContain('What evidence have you considered towards this impact assessment? <span');
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    expect(pdf.text).toContain(
      'Pa dystiolaeth rydych chi wedi’i hystyried ar gyfer yr asesiad effaith hwn? (Tystiolaeth ac Ymgysylltu, fersiwn 2018-10) Geiriau a gadwyd.',
    );
  }, 60_000);

  it('keeps English, marked as English, where the kept words are not the form’s (a reworded question)', () => {
    const assessment: Assessment = {
      ...buildExampleAssessment({ language: 'cy' }),
      noLongerAsked: [kept('What evidence did you look at?', 'Evidence and Engagement')],
    };
    const { html } = buildAppendixHtml(assessment, { exportedAt: EXPORTED_AT });
    expect(html).toContain(
      '<span lang="en-GB">What evidence did you look at?</span> <span class="descriptor">(Tystiolaeth ac Ymgysylltu, fersiwn 2018-10)</span>',
    );
  });
});
