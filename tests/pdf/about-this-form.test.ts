// @vitest-environment node
import { readFileSync } from 'node:fs';
import type { Assessment } from '@schemas/assessment.ts';
import { migrateAssessmentRecord } from '@schemas/migrations/assessment-migrations.ts';
import { describe, expect, it } from 'vitest';
import { buildAppendixHtml } from '@/html/build-appendix-html.ts';
import { EXPORTED_AT, renderPdf } from './node-pdf.ts';
import { extractPdf } from './pdf-text.ts';

/**
 * "About this form" printed at the end of the appendix is a section of this appendix (Appendix B), under
 * the form's own title for it: not "Appendix 2", which is the Word form's number for its guidance pages
 * and names nothing in the committee paper. The frozen first-release record asks for it.
 */
function v1Fixture(): Assessment {
  const raw = JSON.parse(
    readFileSync(new URL('../fixtures/assessment/v1.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const migrated = migrateAssessmentRecord(raw);
  if (!migrated.ok) throw new Error(migrated.reason);
  return migrated.value as unknown as Assessment;
}

describe('"About this form" in the appendix', () => {
  it('is headed with the form’s title for it, in the PDF and its bookmarks, and names no other appendix', async () => {
    const assessment = v1Fixture();
    expect(assessment.publication.includeAboutThisForm).toBe(true);
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    expect(pdf.pages[0]).toContain('Appendix B');
    expect(pdf.pages.at(-1)).toContain('About this form The Public Sector Equality Duty');
    expect(pdf.outline.at(-1)).toBe('About this form');
    expect(pdf.text).not.toMatch(/Appendix 2|Atodiad 2/);
  }, 60_000);

  it('is an h2 "About this form" in the accessible HTML', () => {
    const { html } = buildAppendixHtml(v1Fixture(), { exportedAt: EXPORTED_AT });
    expect(html).toContain('<h2 id="about">About this form</h2>');
    expect(html).not.toMatch(/Appendix 2|Atodiad 2/);
  });
});
