// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CURRENT_ASSESSMENT_SCHEMA_VERSION } from '@schemas/assessment.ts';
import { CURRENT_ENVELOPE_FORMAT_VERSION } from '@schemas/envelope.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';

/**
 * Every frozen fixture of an old (or the current) shape must still open, with no answer lost.
 * Fixtures are never edited: a shape change adds a new file next to them.
 */
const dir = (name: string) => fileURLToPath(new URL(`../../fixtures/${name}/`, import.meta.url));
const list = (name: string, ext: string) =>
  readdirSync(dir(name))
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ name: f, text: readFileSync(dir(name) + f, 'utf8') }));

/** Every non-empty text the user typed into answers and comments, wherever it sits in the record. */
function typedTexts(record: unknown): string[] {
  const out: string[] = [];
  const r = record as {
    answers?: unknown;
    comments?: Array<{ body?: unknown; replies?: Array<{ body?: unknown }> }>;
    noLongerAsked?: Array<{ value?: unknown }>;
  };
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.trim() !== '') out.push(v);
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(r.answers);
  for (const kept of r.noLongerAsked ?? []) walk(kept.value);
  for (const c of r.comments ?? []) {
    walk(c.body);
    for (const reply of c.replies ?? []) walk(reply.body);
  }
  return out.sort();
}

const assessmentFixtures = list('assessment', '.json');
const envelopeFixtures = list('envelope', '.eia.json');

describe('frozen fixtures', () => {
  it('include the current assessment shape and the current file format', () => {
    expect(assessmentFixtures.map((f) => f.name)).toContain(`v${CURRENT_ASSESSMENT_SCHEMA_VERSION}.json`);
    expect(envelopeFixtures.map((f) => f.name)).toContain(`v${CURRENT_ENVELOPE_FORMAT_VERSION}.eia.json`);
  });

  it.each(assessmentFixtures)(
    'opens the assessment record $name with every answer and comment kept',
    ({ name, text }) => {
      const result = parseEiaText(name, text);
      if (!result.ok) throw new Error(result.message);
      const [assessment] = result.assessments;
      expect(assessment?.schemaVersion).toBe(CURRENT_ASSESSMENT_SCHEMA_VERSION);
      expect(typedTexts(assessment)).toEqual(typedTexts(JSON.parse(text)));
    },
  );

  it.each(envelopeFixtures)(
    'opens the file $name with every assessment, answer and comment kept',
    ({ name, text }) => {
      const result = parseEiaText(name, text);
      if (!result.ok) throw new Error(result.message);
      const raw = JSON.parse(text) as { assessments: unknown[] };
      expect(result.assessments).toHaveLength(raw.assessments.length);
      result.assessments.forEach((assessment, i) => {
        expect(assessment.schemaVersion).toBe(CURRENT_ASSESSMENT_SCHEMA_VERSION);
        expect(typedTexts(assessment)).toEqual(typedTexts(raw.assessments[i]));
      });
    },
  );

  it('reads the current-version fixture back exactly as it was written', () => {
    const current = assessmentFixtures.find((f) => f.name === `v${CURRENT_ASSESSMENT_SCHEMA_VERSION}.json`)!;
    const result = parseEiaText(current.name, current.text);
    expect(result.ok && result.assessments[0]).toEqual(JSON.parse(current.text));
  });

  it('reads the version 1 record with no answers to questions no longer asked', () => {
    const v1 = assessmentFixtures.find((f) => f.name === 'v1.json')!;
    const result = parseEiaText(v1.name, v1.text);
    // Fields added since the fixture was frozen read as their defaults; migration 1 → 2 adds an empty list.
    expect(result.ok && result.assessments[0]).toEqual({
      ...JSON.parse(v1.text),
      schemaVersion: 2,
      answerChanges: [],
      noLongerAsked: [],
    });
  });

  it('keeps every answer to a question no longer asked in the version 2 record', () => {
    const v2 = assessmentFixtures.find((f) => f.name === 'v2.json')!;
    const result = parseEiaText(v2.name, v2.text);
    if (!result.ok) throw new Error(result.message);
    const kept = result.assessments[0]!.noLongerAsked;
    expect(kept.map((k) => k.questionId)).toEqual(['welshLanguageScheme', 'consulted']);
    expect(kept[1]!.value).toEqual({ choice: 'yes', followUp: 'The disability network: no concerns.' });
  });
});
