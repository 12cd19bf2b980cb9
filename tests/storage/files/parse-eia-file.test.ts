// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessmentSchema } from '@schemas/assessment.ts';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaBytes, parseEiaText, type EiaFileResult } from '@/storage/files/parse-eia-file.ts';
import { readEiaBrowserFile, readEiaFile } from '@/storage/files/read-eia-file.ts';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url)), 'utf8');
const encode = (text: string) => new TextEncoder().encode(text);

function envelopeText(assessments: unknown[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'eia-builder/assessments',
    formatVersion: 1,
    exportedAt: '2026-01-06T12:00:00.000Z',
    templates: [{ id: 'hcpc-eia', version: '2018-10' }],
    assessments,
    ...overrides,
  });
}

function problemsOf(result: EiaFileResult): string[] {
  if (result.ok) throw new Error('Expected the file to be refused, but it was accepted.');
  return result.problems;
}

describe('parseEiaText', () => {
  it('reads an exported file back into equal assessments', () => {
    const a = buildExampleAssessment();
    const b = buildAssessment({ id: 'second', answers: { projectTitle: 'Ŵyn â ŷ “quotes”' } });
    const text = serialiseEnvelope(buildEnvelope([a, b], new Date('2026-01-06T12:00:00Z')));
    const result = parseEiaText('two.eia.json', text);
    expect(result).toMatchObject({ ok: true, kind: 'envelope', exportedAt: '2026-01-06T12:00:00.000Z' });
    expect(result.ok && result.assessments).toEqual([a, b]);
  });

  it('reads a bare assessment record as one assessment', () => {
    const result = parseEiaText('v1.json', fixture('assessment/v1.json'));
    expect(result.ok && result.kind).toBe('record');
    expect(result.ok && result.assessments[0]?.answers.projectTitle).toBe(
      'Social media guidance updates 2019',
    );
  });

  it('accepts a byte-order mark at the start of the text', () => {
    const text = serialiseEnvelope(buildEnvelope([buildAssessment()]));
    expect(parseEiaBytes('bom.eia.json', encode(`\uFEFF${text}`)).ok).toBe(true);
  });

  it('names the file, the assessment and the field when an answer has the wrong type', () => {
    const good = buildAssessment({ id: 'one' });
    const bad = { ...buildExampleAssessment(), answers: { ...buildExampleAssessment().answers, age: 42 } };
    const problems = problemsOf(parseEiaText('old.eia.json', envelopeText([good, bad])));
    expect(problems[0]).toBe(
      '"old.eia.json": assessment 2 ("Social media guidance updates…"), "Age" should be text but is a number.',
    );
    expect(problems.at(-1)).toMatch(/nothing from this file was imported/);
  });

  it('says which fields are missing', () => {
    const { id: _id, status: _status, ...rest } = buildAssessment();
    const problems = problemsOf(parseEiaText('missing.eia.json', envelopeText([rest])));
    expect(problems).toContain('"missing.eia.json": the assessment, "id" is missing.');
    expect(problems).toContain('"missing.eia.json": the assessment, "status" is missing.');
  });

  it('explains a status that is not one of the four', () => {
    const problems = problemsOf(
      parseEiaText('s.eia.json', envelopeText([{ ...buildAssessment(), status: 'done' }])),
    );
    expect(problems[0]).toContain(
      '"status" should be one of "draft" (Draft), "ready-for-review" (Ready for review), "returned" (Returned) or "agreed" (Agreed) but is "done"',
    );
  });

  it('explains wrong types deep inside comments and dates', () => {
    const a = buildAssessment({
      answers: { dateAgreed: { day: 11 as unknown as string, month: '9', year: '2019' } },
      comments: [
        {
          id: 'c1',
          sectionId: 'overview',
          author: 'R',
          role: 'reviewer',
          body: 'ok',
          createdAt: '2026-01-05T10:00:00Z',
          replies: [
            { id: 'r', author: 'A', role: 'assessor', body: 7 as unknown as string, createdAt: 'yesterday' },
          ],
        },
      ],
    });
    const problems = problemsOf(parseEiaText('deep.eia.json', envelopeText([a])));
    expect(problems).toContain(
      '"deep.eia.json": the assessment, "Date EIA agreed" (day) should be text but is a number.',
    );
    expect(problems).toContain(
      '"deep.eia.json": the assessment, comment 1, reply 1, "text" should be text but is a number.',
    );
    expect(problems.join(' ')).toContain(
      'comment 1, reply 1, "written at" should be a date and time such as "2026-01-05T10:00:00Z" but is "yesterday"',
    );
  });

  it('says the accessible HTML version is not the file to import, without blaming an edit', () => {
    // What "Download accessible version (HTML)" saves: a user test chose it to import and was told to undo
    // an edit they never made.
    for (const start of [
      '<!doctype html>\n<html lang="en-GB">',
      '\n  <HTML>',
      '<?xml version="1.0"?><html>',
    ]) {
      const problems = problemsOf(parseEiaText('Travel policy EIA.html', `${start}<body>…</body></html>`));
      expect(problems).toEqual([
        '"Travel policy EIA.html" is a web page (HTML), such as the accessible version EIA Builder saves beside the PDF: it cannot be imported. Import the assessment’s .eia.json file instead (on its task list, "Export this assessment" saves one).',
      ]);
    }
    // JSON that only mentions HTML is read as JSON.
    expect(problemsOf(parseEiaText('x.eia.json', '"<html>"'))[0]).toMatch(/it holds text instead of/);
  });

  it('refuses text that is not JSON and says where it breaks', () => {
    const problems = problemsOf(
      parseEiaText('notes.eia.json', '{\n  "format": "eia-builder/assessments",\n  oops\n}'),
    );
    expect(problems[0]).toMatch(
      /^"notes\.eia\.json" is not an EIA Builder file: it is not valid JSON \(the problem is at line 3, column 3\)/,
    );
  });

  it('refuses an empty file', () => {
    expect(problemsOf(parseEiaText('empty.eia.json', '  \n'))[0]).toBe(
      '"empty.eia.json" is empty. Choose a file exported from EIA Builder.',
    );
  });

  it('refuses bytes that are not UTF-8 text', () => {
    const problems = problemsOf(
      parseEiaBytes('photo.eia.json', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00])),
    );
    expect(problems[0]).toMatch(/^"photo\.eia\.json" is not an EIA Builder file: it is not a text file/);
  });

  it('refuses JSON of another format', () => {
    expect(problemsOf(parseEiaText('other.json', '{"format":"excalidraw","version":2}'))[0]).toBe(
      '"other.json" is not an EIA Builder file: its "format" is "excalidraw", not "eia-builder/assessments". Choose a file exported from EIA Builder (its name ends in .eia.json).',
    );
    // A template file chosen where assessments are imported says where it goes.
    expect(problemsOf(parseEiaText('council.eia-template.json', '{"format":"eia-template"}'))[0]).toBe(
      '"council.eia-template.json" is a template, not assessments: import it on the Templates page.',
    );
    expect(problemsOf(parseEiaText('package.json', '{"name":"x"}'))[0]).toMatch(
      /has no "format" field saying what it is/,
    );
    expect(problemsOf(parseEiaText('list.json', '[1,2]'))[0]).toMatch(
      /it holds a list instead of a group of fields/,
    );
  });

  it('refuses a file from a newer version of the app and says to update', () => {
    const newerFormat = problemsOf(
      parseEiaText('new.eia.json', envelopeText([buildAssessment()], { formatVersion: 2 })),
    );
    expect(newerFormat[0]).toBe(
      '"new.eia.json" was made by a newer version of EIA Builder (file format version 2; this version reads up to 1). Update EIA Builder (reload the page) and try again.',
    );
    const newerRecord = problemsOf(
      parseEiaText('rec.eia.json', envelopeText([{ ...buildAssessment(), schemaVersion: 7 }])),
    );
    expect(newerRecord[0]).toMatch(
      /the assessment was made by a newer version of EIA Builder \(assessment version 7/,
    );
  });

  it('refuses a file with no format version', () => {
    expect(problemsOf(parseEiaText('v.eia.json', envelopeText([], { formatVersion: '1' })))[0]).toBe(
      '"v.eia.json" has no file format version: "formatVersion" should be a whole number but is text.',
    );
  });

  it('refuses deep nesting before parsing it', () => {
    const text = `{"format":"eia-builder/assessments","x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect(problemsOf(parseEiaText('deep.eia.json', text))[0]).toMatch(/nested more than 24 levels deep/);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a file containing a "%s" key', (key) => {
    const a = JSON.parse(JSON.stringify(buildAssessment())) as Record<string, unknown>;
    const text = envelopeText([a]).replace('"answers":{', `"answers":{"${key}":{"polluted":true},`);
    expect(problemsOf(parseEiaText('evil.eia.json', text))[0]).toContain(`contains a field named "${key}"`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a huge file before decoding it', () => {
    const problems = problemsOf(parseEiaBytes('huge.eia.json', new Uint8Array(2048), { maxBytes: 1024 }));
    expect(problems[0]).toBe(
      '"huge.eia.json" is too big to import (2 KB; the largest EIA Builder file that can be imported is 1 KB). Check you chose the right file.',
    );
  });

  it('refuses two assessments with the same id in one file', () => {
    const problems = problemsOf(
      parseEiaText('dup.eia.json', envelopeText([buildAssessment(), buildAssessment()])),
    );
    expect(problems[0]).toBe(
      '"dup.eia.json": assessment 2 has the same id as assessment 1 ("test-assessment"). Each assessment in a file must have its own id.',
    );
  });

  it('refuses an assessment written on a template this app does not have and the file does not carry', () => {
    const problems = problemsOf(
      parseEiaText('t.eia.json', envelopeText([{ ...buildAssessment(), templateVersion: '2030-01' }])),
    );
    expect(problems[0]).toMatch(
      /written on the template "hcpc-eia" version "2030-01", which this browser does not have and the file does not carry/,
    );
  });

  it('refuses a file with no assessments', () => {
    expect(problemsOf(parseEiaText('none.eia.json', envelopeText([])))[0]).toBe(
      '"none.eia.json" has no assessments in it, so there is nothing to import.',
    );
  });

  it('reports every problem in a bundle, not only the first', () => {
    const bad = (n: number) => ({ ...buildAssessment({ id: `a${n}` }), revision: 0 });
    const problems = problemsOf(parseEiaText('many.eia.json', envelopeText([1, 2, 3].map(bad))));
    expect(problems.filter((p) => p.includes('"revision" should be 1 or more but is 0'))).toHaveLength(3);
  });

  it('refuses, with a clear message, a completed section whose answer is over the form’s limit', () => {
    const tooLong = 'x'.repeat(50_001);
    const completed = buildAssessment({
      answers: { projectTitle: 'Long one', intendedOutcomes: tooLong },
      completedSections: ['overview'],
    });
    const [problem, ...rest] = problemsOf(parseEiaText('long.eia.json', envelopeText([completed])));
    expect(rest).toEqual([]);
    expect(problem).toBe(
      '"long.eia.json": the assessment ("Long one"): section 1 (Project / Policy overview) is marked as completed, but What are the intended outcomes of this work? must be 50,000 characters or fewer (it is 1 too many). Shorten that answer (or mark the section as not completed) where the file was made, export it again and import the new file.',
    );
    // A draft section may hold a longer answer, as the form allows: it is kept word for word.
    const draft = buildAssessment({ answers: { intendedOutcomes: tooLong } });
    const result = parseEiaText('draft.eia.json', envelopeText([draft]));
    expect(result.ok && result.assessments[0]!.answers.intendedOutcomes).toBe(tooLong);
  });

  it('keeps answers exactly as typed, white space and all', () => {
    const a = buildAssessment({
      answers: { age: '  two spaces\n\n\tand a tab  ', welshLanguage: 'ŵ ŷ Ŵ Ŷ' },
    });
    const result = parseEiaText('ws.eia.json', serialiseEnvelope(buildEnvelope([a])));
    expect(result.ok && result.assessments[0]?.answers).toEqual(a.answers);
    expect(result.ok && assessmentSchema.parse(result.assessments[0])).toEqual(a);
  });
});

describe('readEiaFile', () => {
  const pdfBytes = encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');

  it('reads the assessment embedded in an EIA Builder PDF through the same parse path', async () => {
    const a = buildExampleAssessment();
    const result = await readEiaFile('appendix-b.pdf', pdfBytes, {
      extractPdfAttachment: async () => ({
        fileName: 'x.eia.json',
        text: serialiseEnvelope(buildEnvelope([a])),
      }),
    });
    expect(result.ok && result.assessments).toEqual([a]);
  });

  it('says a PDF without our attachment has no assessment inside it', async () => {
    const result = await readEiaFile('minutes.pdf', pdfBytes, { extractPdfAttachment: async () => null });
    expect(problemsOf(result)[0]).toBe(
      '"minutes.pdf": This PDF was not exported by EIA Builder, so it has no assessment inside it. Import the PDF that EIA Builder exported, or the .eia.json file.',
    );
  });

  it('names the PDF when its embedded file is bad', async () => {
    const result = await readEiaFile('appendix.pdf', pdfBytes, {
      extractPdfAttachment: async () => ({ fileName: 'x.eia.json', text: '{' }),
    });
    expect(problemsOf(result)[0]).toMatch(
      /^"appendix\.pdf" is not an EIA Builder file: it is not valid JSON/,
    );
  });

  it('says when a PDF cannot be read at all', async () => {
    const result = await readEiaFile('broken.pdf', pdfBytes, {
      extractPdfAttachment: async () => {
        throw new Error('bad xref');
      },
    });
    expect(problemsOf(result)[0]).toBe(
      '"broken.pdf" could not be read as a PDF: it may be damaged. Export it again.',
    );
  });

  it('refuses a browser file by its size without reading it', async () => {
    const file = {
      name: 'huge.eia.json',
      size: 500 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('The file was read although it is too big.')),
    };
    expect(problemsOf(await readEiaBrowserFile(file))[0]).toMatch(
      /^"huge\.eia\.json" is too big to import \(500 MB;/,
    );
  });

  it('reads a browser file', async () => {
    const text = fixture('envelope/v1.eia.json');
    const bytes = encode(text);
    const file = {
      name: 'v1.eia.json',
      size: bytes.byteLength,
      arrayBuffer: async () => bytes.buffer as ArrayBuffer,
    };
    const result = await readEiaBrowserFile(file);
    expect(result.ok && result.assessments).toHaveLength(2);
  });
});
