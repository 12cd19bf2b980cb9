import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_PROBLEM_CODES, type FileProblem } from '@schemas/file-problems.ts';
import { parseTemplateDefinition } from '@schemas/template-parse.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaBytes, parseEiaText, type EiaFileResult } from '@/storage/files/parse-eia-file.ts';
import { readEiaBrowserFile, readEiaFile } from '@/storage/files/read-eia-file.ts';
import { parseTemplateFileBytes, parseTemplateFileText } from '@/storage/files/template-file.ts';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { fileProblemText } from '@/components/i18n/file-problem-text.ts';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';

/**
 * Issue 12: the problems of a file that cannot be imported come from the interface's catalogue. The parse
 * path gives codes and values (schemas/file-problems.ts); the interface words them in English exactly as the
 * parse path's own English (which the command line prints: one source), and in Welsh.
 */

const encode = (text: string) => new TextEncoder().encode(text);
const envelope = (assessments: unknown[], overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'eia-builder/assessments',
    formatVersion: 1,
    exportedAt: '2026-01-06T12:00:00.000Z',
    templates: [{ id: 'hcpc-eia', version: '2018-10' }],
    assessments,
    ...overrides,
  });
const record = (overrides: Record<string, unknown> = {}) => ({ ...buildAssessment(), ...overrides });
const templateFile = (template: unknown, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'eia-template',
    formatVersion: 1,
    exportedAt: '2026-01-01T00:00:00Z',
    template,
    ...overrides,
  });

type Refused = { problems: string[]; coded: FileProblem[] };
const refused = (result: EiaFileResult | { ok: boolean }): Refused => {
  if (result.ok) throw new Error('Expected the file to be refused.');
  return result as unknown as Refused;
};

const tooLongCompleted = buildAssessment({
  completedSections: ['overview'],
  answers: { projectTitle: 'x'.repeat(300) },
});
const changedHcpc = {
  ...hcpcEia201810Definition,
  title: { en: 'Changed title' },
};

/** Files that exercise every way a file is refused (and, inside them, every kind of field and value). */
async function refusals(): Promise<Array<[string, Refused]>> {
  const cases: Array<[string, EiaFileResult | { ok: boolean }]> = [
    ['not UTF-8', parseEiaBytes('a.eia.json', new Uint8Array([0xff, 0xfe, 0xfd]))],
    ['too big', parseEiaBytes('a.eia.json', encode('{}'), { maxBytes: 1 })],
    [
      'too big (MB)',
      await readEiaBrowserFile({
        name: 'b.eia.json',
        size: 150 * 1024 * 1024,
        arrayBuffer: async () => new ArrayBuffer(0),
      }),
    ],
    ['empty', parseEiaText('a.eia.json', '  ')],
    ['too deep', parseEiaText('a.eia.json', '['.repeat(30) + ']'.repeat(30))],
    ['not JSON, at', parseEiaText('a.eia.json', '{\n  "format": x\n}')],
    ['not JSON, ends', parseEiaText('a.eia.json', '{"format": ')],
    ['prototype key', parseEiaText('a.eia.json', '{"__proto__": {}}')],
    ['not an object', parseEiaText('a.eia.json', '[1, 2]')],
    ['no format', parseEiaText('a.eia.json', '{"hello": 1}')],
    ['a template', parseEiaText('a.eia.json', templateFile(hcpcEia201810Definition))],
    ['another format', parseEiaText('a.eia.json', '{"format": "other"}')],
    ['newer format', parseEiaText('a.eia.json', envelope([record()], { formatVersion: 99 }))],
    ['no format version', parseEiaText('a.eia.json', envelope([record()], { formatVersion: 'one' }))],
    ['envelope field', parseEiaText('a.eia.json', envelope([record()], { exportedAt: 12 }))],
    ['no assessments', parseEiaText('a.eia.json', envelope([]))],
    [
      'assessments with problems',
      parseEiaText(
        'a.eia.json',
        envelope([
          record({ id: 'same', answers: { projectTitle: 'Bus routes', age: 3 } }),
          record({ id: 'same' }),
          'not an assessment',
          record({ schemaVersion: 99 }),
          record({ templateVersion: '1999-01' }),
          record({ id: 'x', status: 'lost', createdAt: 'yesterday', revision: 0 }),
          record({ id: 'y', comments: [{ id: 1 }], statusHistory: [{ status: 'draft' }] }),
          record({ id: 'z', completedSections: [3], publication: { committee: 4 } }),
        ]),
      ),
    ],
    ['completed over the limit', parseEiaText('a.eia.json', envelope([tooLongCompleted]))],
    ['a bare record', parseEiaText('r.json', JSON.stringify(record({ schemaVersion: 'two' })))],
    [
      'a carried template',
      parseEiaText(
        'a.eia.json',
        envelope([record()], {
          templates: [
            { id: 'hcpc-eia', version: '2018-10' },
            { id: 'other', version: '1', definition: { ...hcpcEia201810Definition } },
            { id: 'hcpc-eia', version: '2018-10', definition: changedHcpc },
            { id: 'bad', version: '1', definition: 'no' },
          ],
        }),
      ),
    ],
    ['the accessible HTML', parseEiaText('a.html', '<!doctype html><html lang="cy"></html>')],
    [
      'PDF not ours',
      await readEiaFile('p.pdf', encode('%PDF-1.7'), { extractPdfAttachment: async () => null }),
    ],
    [
      'PDF damaged',
      await readEiaFile('p.pdf', encode('%PDF-1.7'), {
        extractPdfAttachment: async () => {
          throw new Error('bad');
        },
      }),
    ],
    [
      'file unreadable',
      await readEiaBrowserFile({
        name: 'gone.eia.json',
        size: 3,
        arrayBuffer: async () => {
          throw new Error('gone');
        },
      }),
    ],
    ['template file too big', parseTemplateFileBytes('t.eia-template.json', new Uint8Array(6 * 1024 * 1024))],
    ['template file not UTF-8', parseTemplateFileBytes('t.eia-template.json', new Uint8Array([0xff]))],
    ['template file too deep', parseTemplateFileText('t.eia-template.json', '['.repeat(30) + ']'.repeat(30))],
    ['template file not JSON', parseTemplateFileText('t.eia-template.json', '{"format":')],
    ['template file key', parseTemplateFileText('t.eia-template.json', '{"a": {"constructor": 1}}')],
    ['template file not object', parseTemplateFileText('t.eia-template.json', '"text"')],
    ['template file format', parseTemplateFileText('t.eia-template.json', '{"format": "eia"}')],
    [
      'template file newer',
      parseTemplateFileText('t.eia-template.json', templateFile({}, { formatVersion: 9 })),
    ],
    ['template file changed', parseTemplateFileText('t.eia-template.json', templateFile(changedHcpc))],
    [
      'template file definition',
      parseTemplateFileText(
        't.eia-template.json',
        templateFile({ ...hcpcEia201810Definition, id: 'copy', version: '1', sections: 'none' }),
      ),
    ],
    ['a draft', parseTemplateDefinition({ schemaVersion: 99 }, 'The draft')],
  ];
  return cases.map(([name, result]) => [name, refused(result)]);
}

describe('file problems in English', () => {
  beforeAll(() => activateLanguage('en'));

  it('has an English and a Welsh message for every code', () => {
    const en = readFileSync('src/components/i18n/locales/en.po', 'utf8');
    const cy = readFileSync('src/components/i18n/locales/cy.po', 'utf8');
    for (const code of FILE_PROBLEM_CODES) {
      expect(en, code).toContain(`msgid "file.${code}"`);
      expect(cy, code).toContain(`msgid "file.${code}"`);
    }
  });

  it('words every refusal exactly as the parse path’s English (the command line’s words)', async () => {
    const seen = new Set<string>();
    const collect = (p: FileProblem) => {
      seen.add(p.code);
      for (const v of Object.values(p.values)) {
        if (v && typeof v === 'object' && 'code' in v && !('message' in v)) collect(v as FileProblem);
      }
    };
    for (const [name, { problems, coded }] of await refusals()) {
      expect(
        coded.map((p) => fileProblemText(p)),
        name,
      ).toEqual(problems);
      coded.forEach(collect);
    }
    // Most codes are met by the files above (the rest are worded by the same catalogue).
    expect(seen.size).toBeGreaterThanOrEqual(60);
  });

  it('reads a good file with no problems', () => {
    const text = serialiseEnvelope(
      buildEnvelope([buildExampleAssessment()], new Date('2026-01-06T12:00:00Z')),
    );
    expect(parseEiaText('good.eia.json', text).ok).toBe(true);
  });
});

describe('file problems in Welsh', () => {
  beforeAll(() => activateLanguage('cy'));
  afterAll(() => activateLanguage('en'));

  it('words every refusal in Welsh, none left as the English sentence', async () => {
    for (const [name, { problems, coded }] of await refusals()) {
      const welsh = coded.map((p) => fileProblemText(p));
      welsh.forEach((text, i) => expect(text, name).not.toBe(problems[i]));
    }
  });

  it('names the file, the assessment and the field in Welsh', () => {
    const { coded } = refused(
      parseEiaText('hen.eia.json', envelope([record({ answers: { projectTitle: 'Llwybrau bws', age: 3 } })])),
    );
    expect(coded.map((p) => fileProblemText(p))).toEqual([
      '“hen.eia.json”: yr asesiad (“Llwybrau bws”), “Age”: mae angen testun, ond rhif sydd yno.',
    ]);
    const size = refused(parseEiaBytes('mawr.eia.json', encode('{}'), { maxBytes: 1 }));
    expect(fileProblemText(size.coded[0]!)).toBe(
      'Mae “mawr.eia.json” yn rhy fawr i’w mewnforio (2 beit; y ffeil EIA Builder fwyaf y gellir ei mewnforio yw 1 beit). Gwiriwch mai dyma’r ffeil gywir.',
    );
    const json = refused(parseTemplateFileText('t.eia-template.json', '{\n"a": 1,\n}'));
    expect(fileProblemText(json.coded[0]!)).toMatch(
      /^Nid oes modd darllen “t\.eia-template\.json”: nid yw’n JSON dilys \(mae’r broblem yn llinell \d+, colofn \d+\)\.$/,
    );
  });

  it('lists the allowed values with the Welsh “neu”', () => {
    const { coded } = refused(parseEiaText('a.eia.json', envelope([record({ status: 'lost' })])));
    expect(fileProblemText(coded[0]!)).toMatch(
      /mae angen un o’r rhain: .+, .+ neu .+, ond “lost” sydd yno\.$/,
    );
  });
});
