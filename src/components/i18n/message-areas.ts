/**
 * The interface catalogue is one PO file per language (locales/en.po, locales/cy.po), loaded in parts: a
 * message whose id starts with an area's prefix is compiled into that area's part and loaded only with the
 * pages that show it; every other message is in the `main` part, loaded before the first render. So the
 * first screens do not carry, say, the template designer's 250 messages or the overview's. scripts/catalogue-areas.ts does the
 * split at build time; i18n.ts loads the parts; tests/components/i18n/catalogues.test.ts checks that an
 * area's messages are asked for only by the code that loads its part.
 *
 * To add an area: a prefix here, `declare module` lines in po.d.ts, its loaders in i18n.ts, and the pages
 * that show it await `loadMessageArea(area)` (app/lazy-pages.tsx).
 */
export const MESSAGE_AREAS = {
  /** The template designer (src/features/templates, app/template-*.tsx). */
  designer: ['designer.'],
  /** The overview of every assessment and its CSV (src/features/overview, app/overview-route.tsx). */
  overview: ['overview.', 'csv.'],
  /** Moving an assessment to a newer template version (move-version-page.tsx, kind-words.ts, app/move-version-route.tsx). */
  move: ['move.'],
  /** Agreeing an assessment (src/features/review/agree-page.tsx). */
  agree: ['agree.'],
  /** The bin (src/features/bin). */
  bin: ['bin.'],
  /** An assessment's history page (src/features/history/history-page.tsx). */
  history: ['snapshot.'],
} as const satisfies Record<string, readonly string[]>;

export type MessageArea = keyof typeof MESSAGE_AREAS;

/** The part of the catalogue a message id belongs to. */
export function areaOf(id: string): MessageArea | 'main' {
  for (const [area, prefixes] of Object.entries(MESSAGE_AREAS))
    if (prefixes.some((prefix) => id.startsWith(prefix))) return area as MessageArea;
  return 'main';
}
