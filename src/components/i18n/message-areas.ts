/**
 * The interface catalogue is one PO file per language (locales/en.po, locales/cy.po), loaded in parts: a
 * message whose id starts with an area's prefix is compiled into that area's part and loaded only with the
 * pages that show it; every other message is in the `main` part, loaded before the first render. So the
 * first screens do not carry, say, the template designer's 250 messages. scripts/catalogue-areas.ts does the
 * split at build time; i18n.ts loads the parts; tests/components/i18n/catalogues.test.ts checks that an
 * area's messages are asked for only by the code that loads its part.
 *
 * To add an area: a prefix here, `declare module` lines in po.d.ts, its loaders in i18n.ts, and the pages
 * that show it await `loadMessageArea(area)` (app/lazy-pages.tsx).
 */
export const MESSAGE_AREAS = {
  /** The template designer (src/features/templates, app/template-*.tsx): loaded with its pages. */
  designer: 'designer.',
} as const;

export type MessageArea = keyof typeof MESSAGE_AREAS;

/** The part of the catalogue a message id belongs to. */
export function areaOf(id: string): MessageArea | 'main' {
  for (const [area, prefix] of Object.entries(MESSAGE_AREAS))
    if (id.startsWith(prefix)) return area as MessageArea;
  return 'main';
}
