// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatter } from '@lingui/format-po';
import { compileMessageOrThrow, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { describe, expect, it } from 'vitest';
import { MESSAGE_AREAS, areaOf, type MessageArea } from '@/components/i18n/message-areas.ts';

const LOCALES = 'src/components/i18n/locales';
const po = formatter({ explicitIdAsDefault: true });
type Entry = { translation?: string; comments?: string[]; extra?: { flags?: string[] } };
const read = (locale: string) =>
  po.parse(readFileSync(join(LOCALES, `${locale}.po`), 'utf8'), {
    locale,
    sourceLocale: 'en',
    filename: `${locale}.po`,
  }) as Record<string, Entry>;
const en = read('en');
const cy = read('cy');

/** Every `{placeholder}` a message uses, and for each plural/select, the forms it gives. */
function placeholders(message: string) {
  const names = new Set<string>();
  const plurals = new Map<string, string[]>();
  const walk = (tokens: CompiledMessage) => {
    for (const token of tokens) {
      if (typeof token === 'string') continue;
      const [name, type, format] = token;
      names.add(name);
      if ((type === 'plural' || type === 'select') && format && typeof format === 'object') {
        const forms = Object.keys(format).filter((k) => k !== 'offset');
        plurals.set(name, forms);
        for (const form of forms) walk((format as Record<string, CompiledMessage>)[form]!);
      }
    }
  };
  walk(compileMessageOrThrow(message));
  return { names: [...names].sort(), plurals };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the interface catalogues (en.po, cy.po)', () => {
  it('have the same messages, each with a text in both languages', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    for (const [id, entry] of Object.entries(en)) {
      expect(entry.translation?.trim(), `${id} in English`).toBeTruthy();
      expect(cy[id]?.translation?.trim(), `${id} in Welsh`).toBeTruthy();
    }
  });

  it('use the same placeholders in both languages, and every Welsh plural gives all six CLDR forms', () => {
    const welshForms = new Intl.PluralRules('cy').resolvedOptions().pluralCategories;
    expect(welshForms).toHaveLength(6);
    for (const [id, entry] of Object.entries(en)) {
      const english = placeholders(entry.translation!);
      const welsh = placeholders(cy[id]!.translation!);
      expect(welsh.names, `placeholders of ${id}`).toEqual(english.names);
      for (const [name, forms] of welsh.plurals) {
        if (!english.plurals.has(name) || forms.includes('male')) continue;
        const isPlural = cy[id]!.translation!.includes(`{${name}, plural,`);
        if (isPlural)
          expect(forms, `Welsh plural forms of ${id}`).toEqual(expect.arrayContaining(welshForms));
      }
    }
  });

  it('show a Welsh translator the English text of each message, and flag unchecked Welsh as fuzzy', () => {
    for (const [id, entry] of Object.entries(cy)) {
      const english = entry.comments?.find((c) => c.startsWith('English: '));
      expect(english, `English comment of ${id}`).toBe(
        `English: ${en[id]!.translation!.replace(/\n/g, ' ')}`,
      );
    }
    // This session's Welsh has not been checked by a Welsh speaker: every entry says so until reviewed.
    expect(Object.values(cy).some((entry) => entry.extra?.flags?.includes('fuzzy'))).toBe(true);
  });

  it('hold every message id the code asks for', () => {
    const namespaces = new Set(Object.keys(en).map((id) => id.split('.')[0]));
    const missing: string[] = [];
    for (const file of sourceFiles('src')) {
      const text = readFileSync(file, 'utf8');
      for (const [, id] of text.matchAll(/['`]([a-z][a-zA-Z]*(?:\.[a-zA-Z0-9]+)+)['`]/g)) {
        if (
          namespaces.has(id!.split('.')[0]) &&
          !id!.startsWith('import.meta') &&
          !/\.(tsx?|po|json|scss)$/.test(id!) &&
          !(id! in en)
        )
          missing.push(`${file}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the catalogues loaded in parts (message-areas.ts)', () => {
  // Every part of each catalogue, as the app imports them (scripts/catalogue-areas.ts compiles them).
  const parts = {
    en: {
      main: () => import('@/components/i18n/locales/en.po?area=main'),
      designer: () => import('@/components/i18n/locales/en.po?area=designer'),
      overview: () => import('@/components/i18n/locales/en.po?area=overview'),
      move: () => import('@/components/i18n/locales/en.po?area=move'),
      agree: () => import('@/components/i18n/locales/en.po?area=agree'),
      bin: () => import('@/components/i18n/locales/en.po?area=bin'),
      history: () => import('@/components/i18n/locales/en.po?area=history'),
    },
    cy: {
      main: () => import('@/components/i18n/locales/cy.po?area=main'),
      designer: () => import('@/components/i18n/locales/cy.po?area=designer'),
      overview: () => import('@/components/i18n/locales/cy.po?area=overview'),
      move: () => import('@/components/i18n/locales/cy.po?area=move'),
      agree: () => import('@/components/i18n/locales/cy.po?area=agree'),
      bin: () => import('@/components/i18n/locales/cy.po?area=bin'),
      history: () => import('@/components/i18n/locales/cy.po?area=history'),
    },
  } satisfies Record<'en' | 'cy', Record<MessageArea | 'main', () => Promise<{ messages: object }>>>;
  const AREAS = Object.keys(MESSAGE_AREAS) as MessageArea[];

  /** The code that shows an area's messages: the pages that load its part (app/lazy-pages.tsx). */
  const AREA_CODE: Record<MessageArea, RegExp> = {
    designer: /^src\/(features\/templates\/|app\/template-)/,
    overview: /^src\/(features\/overview\/|app\/overview-route\.tsx)/,
    move: /^src\/(features\/template-version\/(move-version-page\.tsx|kind-words\.ts)|app\/move-version-route\.tsx)/,
    agree: /^src\/features\/review\/agree-page\.tsx/,
    bin: /^src\/features\/bin\//,
    history: /^src\/features\/history\/history-page\.tsx/,
  };

  it.each(['en', 'cy'] as const)(
    'hold every message of %s.po once: each in its area’s part',
    async (locale) => {
      const all: string[] = Object.keys((await parts[locale].main()).messages);
      expect(all.some((id) => areaOf(id) !== 'main')).toBe(false);
      for (const area of AREAS) {
        const ids = Object.keys((await parts[locale][area]()).messages);
        expect(ids.length, area).toBeGreaterThan(5);
        expect(
          ids.every((id) => areaOf(id) === area),
          area,
        ).toBe(true);
        all.push(...ids);
      }
      expect(all.sort()).toEqual(Object.keys(en).sort());
      expect((await parts[locale].designer()).messages).not.toHaveProperty('library.title');
    },
  );

  it('give the Welsh parts Welsh words, not the English fallback', async () => {
    for (const area of AREAS) {
      const { messages } = (await parts.cy[area]()) as { messages: Record<string, unknown> };
      const plain = Object.keys(cy).filter(
        (key) =>
          areaOf(key) === area &&
          !/[{}<]/.test(cy[key]!.translation!) &&
          cy[key]!.translation !== en[key]!.translation,
      );
      expect(plain.length, area).toBeGreaterThan(2);
      for (const id of plain) expect(messages[id], id).toEqual([cy[id]!.translation]);
    }
  });

  it('have an area’s messages asked for only by the pages that load that part', () => {
    // Those pages await their part before they render (app/lazy-pages.tsx): any other page would show the
    // message's id instead of its words.
    const outside: string[] = [];
    for (const file of sourceFiles('src')) {
      if (file.startsWith('src/components/i18n/')) continue;
      const text = readFileSync(file, 'utf8');
      // Whole ids ('move.title') and ids built in a template string (`move.kind.${kind}`).
      for (const [, id, built] of text.matchAll(/['`]([a-z][a-zA-Z]*\.[a-zA-Z0-9.]*?)(\$\{|['`])/g)) {
        const area = areaOf(id!);
        const known = built === '${' || id! in en;
        if (area !== 'main' && known && !AREA_CODE[area].test(file)) outside.push(`${file}: ${id}`);
      }
    }
    expect(outside).toEqual([]);
  });
});
