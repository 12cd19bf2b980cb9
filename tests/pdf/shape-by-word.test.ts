// @vitest-environment node
import { Font } from '@react-pdf/renderer';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExampleAssessment } from '@/domain/new-assessment.ts';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { prepareFonts, registerFonts } from '@/pdf/fonts.ts';

/**
 * The PDF's fonts shape text word by word and remember each word (src/pdf/shape-by-word.ts). That is
 * only a saving if it changes nothing: every run must come out with exactly the glyphs and positions
 * fontkit gives for the whole run at once, in every script and face the PDF prints.
 */
type Run = {
  glyphs: Array<{ id: number; codePoints: number[] }>;
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
  script: string;
};
type Face = { layout: (text: string, ...rest: unknown[]) => Run };

const FAMILIES = ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese'].map((s) => `Noto Sans ${s}`);
const STYLES = [
  { fontWeight: 400, fontStyle: 'normal' },
  { fontWeight: 700, fontStyle: 'normal' },
  { fontWeight: 400, fontStyle: 'italic' },
] as const;

const seed = createExampleAssessment({ id: 'seed', now: new Date('2019-09-01T09:00:00Z') });
const TEXTS = [
  ...Object.values(seed.answers)
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => value.split('\n')),
  'Ateb i’r cwestiwn: ŵ ŷ “£5” – €6, 31 Mawrth 2026 (Cymraeg) ffi’r flwyddyn',
  '2026, 1,200 riders: 45% AV To Ty Wa fi fl ff — “quoted” 10–12',
  '   leading spaces, trailing spaces   ',
  'Ελληνικά κείμενο 2026 και Latin mixed',
  'Русский текст 2026, AVATAR',
  'Tiếng Việt có dấu: người, được, những 2026',
  '',
  'one',
];

function whole(face: Face, text: string): Run {
  const original = Object.getPrototypeOf(face) as Face;
  return original.layout.call(face, text, undefined, undefined, undefined, 'ltr');
}

function summary(run: Run) {
  return {
    glyphs: run.glyphs.map((g) => [g.id, ...g.codePoints]),
    positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]),
    script: run.script,
  };
}

describe('shaping word by word', () => {
  beforeAll(async () => {
    registerFonts(nodeFontSource);
    await prepareFonts(TEXTS.join('\n'));
  });

  it('gives exactly the glyphs and positions of shaping the whole run, in every family and face', () => {
    for (const fontFamily of FAMILIES) {
      for (const style of STYLES) {
        const face = Font.getFont({ fontFamily, ...style }).data as unknown as Face;
        expect(Object.prototype.hasOwnProperty.call(face, 'layout'), fontFamily).toBe(true);
        for (const text of TEXTS) {
          const expected = summary(whole(face, text));
          // Twice: the second time every word comes from the memo.
          expect(summary(face.layout(text, undefined, undefined, undefined, 'ltr')), text).toEqual(expected);
          expect(summary(face.layout(text, [], undefined, undefined, 'ltr')), text).toEqual(expected);
        }
      }
    }
  });

  it('hands out fresh arrays, so that a change to one run cannot reach another', () => {
    const face = Font.getFont({ fontFamily: FAMILIES[0]!, ...STYLES[0] }).data as unknown as Face;
    const first = face.layout('the same words', undefined, undefined, undefined, 'ltr');
    first.glyphs.length = 0;
    first.positions.length = 0;
    const second = face.layout('the same words', undefined, undefined, undefined, 'ltr');
    expect(summary(second)).toEqual(summary(whole(face, 'the same words')));
  });
});
