/**
 * The Zod-free half of schemas/local-text.ts (which re-exports it): what the screens an assessment opens on need,
 * so they load no validation library (`npm run bench -- bundle`, schemas/plain/README.md).
 */
import type { Language, LocalText } from '../local-text.ts';

/** The languages' names, each in its own language (as the GOV.UK language switch writes them). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/** An English-only text (the built-in templates are written with this until their Welsh is added). */
export function en(text: string): LocalText {
  return { en: text };
}

/**
 * An English text with its Welsh version, marked as needing review (a machine-made or unchecked
 * translation): what the built-in templates use until a Welsh speaker has checked their Welsh.
 */
export function bi(english: string, welsh: string): LocalText {
  return { en: english, cy: welsh, cyNeedsReview: true };
}

/** The text in `language`, falling back to English when there is no Welsh version. */
export function textIn(text: LocalText, language: Language): string {
  return language === 'cy' && text.cy !== undefined && text.cy.trim() !== '' ? text.cy : text.en;
}

/** True for a plain `{ en, cy?, cyNeedsReview? }` value (used when localising a whole template). */
export function isLocalText(value: unknown): value is LocalText {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    typeof (value as { en?: unknown }).en === 'string' &&
    keys.every((k) => k === 'en' || k === 'cy' || k === 'cyNeedsReview')
  );
}

/** A type with every `LocalText` in it replaced by the string of one language. */
export type Localised<T> = T extends LocalText
  ? string
  : T extends ReadonlyArray<infer U>
    ? Array<Localised<U>>
    : T extends object
      ? { [K in keyof T]: Localised<T[K]> }
      : T;

/** Replaces every `LocalText` inside `value` by its text in `language`. Pure; never mutates. */
export function localise<T>(value: T, language: Language): Localised<T> {
  const walk = (v: unknown): unknown => {
    if (isLocalText(v)) return textIn(v, language);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return walk(value) as Localised<T>;
}

/** True when `text` has words in `language` (not only spaces). */
export function hasText(text: LocalText, language: Language): boolean {
  return ((language === 'cy' ? text.cy : text.en) ?? '').trim() !== '';
}

/** Every `LocalText` inside `value`, in document order, with where it is (a path of keys and indexes). */
export function* localTextsIn(
  value: unknown,
  path: Array<string | number> = [],
): Generator<{ text: LocalText; path: Array<string | number> }> {
  if (isLocalText(value)) {
    yield { text: value, path };
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* localTextsIn(v, [...path, i]);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* localTextsIn(v, [...path, k]);
  }
}
