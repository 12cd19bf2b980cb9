import type { Page } from 'playwright-core';
import type { Question, Section } from '../../../schemas/template-definition.ts';
import { hcpcEia201810 } from '../../../schemas/templates/hcpc-eia-2018-10.ts';

/**
 * What the browser tests share: the template they fill in (the form is built from it, so the tests find every
 * question by its label as printed there) and small helpers that act as a user would.
 */
export const template = hcpcEia201810;

/** What the tests type into each text question: distinct per question, with Welsh letters and a line break. */
export function answerFor(question: Question): string {
  if (question.kind === 'text') {
    return question.id === 'projectTitle' ? 'Social media guidance — ŵ ŷ test' : 'Rhian Jones';
  }
  return `${question.label}: answer typed in the browser ŵ ŷ.\nSecond paragraph for ${question.id}.`;
}

/** The answers as Check your answers shows them (line breaks kept as lines). */
export function shownAnswer(question: Question): string {
  return normaliseSpace(answerFor(question));
}

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function sectionLinkName(section: Section): string {
  return `${section.number}. ${section.title}`;
}

export function sectionHeading(section: Section): string {
  return `Section ${section.number}: ${section.title}`;
}

/** The page's <h1>, once it shows `text`. */
export async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor();
}

export type FocusedElement = {
  tag: string;
  id: string;
  className: string;
  text: string;
  value: string | null;
};

/** What has focus now. */
export function focused(page: Page): Promise<FocusedElement> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      className: typeof el?.className === 'string' ? el.className : '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      value: el && 'value' in el ? String((el as HTMLInputElement).value) : null,
    };
  });
}

/** The id of the assessment open in the page, from its address (`#/assessments/<id>/…`). */
export function assessmentIdFrom(url: string): string {
  const match = /#\/assessments\/([^/]+)/.exec(url);
  if (!match?.[1]) throw new Error(`Not an assessment address: ${url}`);
  return decodeURIComponent(match[1]);
}

/** Every row of every summary list on the page, as key → shown value (white space normalised). */
export function summaryRows(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const rows: Record<string, string> = {};
    for (const row of document.querySelectorAll('.govuk-summary-list__row')) {
      const key = row.querySelector('.govuk-summary-list__key') as HTMLElement | null;
      const value = row.querySelector('.govuk-summary-list__value') as HTMLElement | null;
      if (key && value)
        rows[key.innerText.replace(/\s+/g, ' ').trim()] = value.innerText.replace(/\s+/g, ' ').trim();
    }
    return rows;
  });
}

/** On the home page: "Start a new assessment", then the new assessment's task list. Returns its id. */
export async function startNewAssessment(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  await waitForHeading(page, 'Untitled assessment');
  return assessmentIdFrom(page.url());
}
