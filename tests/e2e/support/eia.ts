import type { Page } from 'playwright-core';
import type { Question, Section } from '../../../schemas/template-definition.ts';
import { hcpcEia201810 } from '../../../schemas/templates/index.ts';

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

export type FocusStop = FocusedElement & {
  /** The accessible text a user hears for links and buttons (visually hidden text included). */
  name: string;
  /** True when the focused element looks different from how it looks unfocused, and is on screen. */
  visible: boolean;
  /** Why focus was judged not visible, or which style shows it. */
  how: string;
};

/**
 * Where focus is now and whether a sighted keyboard user can see it: the element's outline, box-shadow,
 * background and border are read while focused, then (after a blur) while not focused, and focus is put back.
 * Focus counts as visible when it draws a non-transparent outline, or changes the box-shadow, background or
 * border, and the element is inside the viewport.
 */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const base = {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      className: typeof el?.className === 'string' ? el.className : '',
      text: (el?.innerText ?? '').replace(/\s+/g, ' ').trim(),
      value: el && 'value' in el ? String((el as HTMLInputElement).value) : null,
      name: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
    if (!el || el === document.body) return { ...base, visible: false, how: 'nothing has focus' };
    const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);
    const read = () => {
      const s = getComputedStyle(el);
      return {
        outline:
          s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor)
            ? `${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`
            : 'none',
        boxShadow: s.boxShadow,
        background: s.backgroundColor,
        border: `${s.borderTopWidth} ${s.borderTopColor}`,
      };
    };
    const on = read();
    el.blur();
    const off = read();
    el.focus({ preventScroll: true });
    const rect = el.getBoundingClientRect();
    const onScreen =
      rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < innerHeight && rect.right > 0;
    const shown = (Object.keys(on) as Array<keyof typeof on>).filter(
      (k) => on[k] !== off[k] && !(k === 'outline' && on[k] === 'none'),
    );
    if (on.outline !== 'none' && !shown.includes('outline')) shown.push('outline');
    return {
      ...base,
      visible: onScreen && shown.length > 0,
      how: !onScreen
        ? `off screen (${Math.round(rect.top)}px from the top)`
        : shown.length > 0
          ? shown.map((k) => `${k}: ${on[k]}`).join('; ')
          : `looks the same focused and unfocused (${JSON.stringify(on)})`,
    };
  });
}
