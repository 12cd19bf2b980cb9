// @vitest-environment node
import 'fake-indexeddb/auto';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localiseTemplate } from '@schemas/template-definition.ts';
import {
  findTemplate,
  forgetLearntTemplates,
  hcpcEia201810Definition,
  registerTemplate,
} from '@schemas/templates/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { importFile } from '@/storage/files/import-files.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';
import { smallTemplate } from '../../template-builders.ts';
import { freshRepository } from '../support.ts';

/** An exported file of one assessment on a template the reading side has never seen. */
function fileOnSmallTemplate(): string {
  registerTemplate(smallTemplate);
  const assessment = createAssessment({
    id: 'lifts',
    template: localiseTemplate(smallTemplate),
    answers: { name: 'Lifts in the Park Street office', owner: 'Ann Jones', carers: 'Carers use the lifts.' },
  });
  const text = serialiseEnvelope(buildEnvelope([assessment], new Date('2026-01-05T10:00:00Z')));
  forgetLearntTemplates();
  return text;
}

function asFile(name: string, text: string) {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, arrayBuffer: async () => bytes.buffer as ArrayBuffer };
}

afterEach(() => forgetLearntTemplates());

describe('templates carried in .eia.json files', () => {
  it('carries the definition of every template its assessments use', () => {
    const envelope = JSON.parse(fileOnSmallTemplate());
    expect(envelope.templates).toHaveLength(1);
    expect(envelope.templates[0]).toMatchObject({ id: 'acme-eia', version: '1' });
    expect(envelope.templates[0].definition).toEqual(smallTemplate);
  });

  it('opens an assessment on a template this app has never seen, from the file alone', () => {
    const text = fileOnSmallTemplate();
    expect(findTemplate('acme-eia', '1')).toBeUndefined();
    const result = parseEiaText('lifts.eia.json', text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.templates.map((t) => `${t.id}@${t.version}`)).toEqual(['acme-eia@1']);
    expect(result.assessments[0]!.answers.name).toBe('Lifts in the Park Street office');
  });

  it('imports the template with the assessment: stored in the browser, and known after a reload', async () => {
    const repository = freshRepository();
    const outcome = await importFile(repository, asFile('lifts.eia.json', fileOnSmallTemplate()));
    expect(outcome.kind).toBe('imported');
    expect(await repository.db.templates.count()).toBe(1);
    forgetLearntTemplates(); // a reload
    expect(await repository.loadTemplates()).toBe(1);
    expect(findTemplate('acme-eia', '1')?.title).toBe('Acme equality screening (EIA)');
    expect((await repository.get('lifts'))?.assessment.templateId).toBe('acme-eia');
  });

  it('refuses a file that changes a template version this app has, and writes nothing', async () => {
    const envelope = JSON.parse(fileOnSmallTemplate());
    envelope.templates.push({
      id: 'hcpc-eia',
      version: '2018-10',
      definition: { ...hcpcEia201810Definition, title: { en: 'Something else', cy: 'Rhywbeth arall' } },
    });
    const repository = freshRepository();
    const outcome = await importFile(repository, asFile('changed.eia.json', JSON.stringify(envelope)));
    expect(outcome.kind).toBe('error');
    if (outcome.kind !== 'error') return;
    expect(outcome.problems.join(' ')).toContain(
      'The template "hcpc-eia" version "2018-10" is already here with different content. A published version never changes',
    );
    expect(await repository.db.templates.count()).toBe(0);
    expect(await repository.db.assessments.count()).toBe(0);
  });

  it('refuses a template with a question kind it does not know, in plain words', () => {
    const envelope = JSON.parse(fileOnSmallTemplate());
    envelope.templates[0].definition.sections[0].questions[0].kind = 'signature';
    const result = parseEiaText('odd.eia.json', JSON.stringify(envelope));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toContain('a question of a kind this version of EIA Builder does not know');
  });

  it('refuses a template whose answer keys repeat, naming the key', () => {
    const envelope = JSON.parse(fileOnSmallTemplate());
    envelope.templates[0].definition.sections[0].questions[1].id = 'name';
    const result = parseEiaText('twice.eia.json', JSON.stringify(envelope));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.join(' ')).toContain('Two questions have the answer key "name"');
  });

  it('`npx eia pdf` makes the PDF of an assessment on a template the command line has never seen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eia-carried-'));
    try {
      await writeFile(join(dir, 'lifts.eia.json'), fileOnSmallTemplate());
      const bin = fileURLToPath(new URL('../../../bin/eia.mjs', import.meta.url));
      const code = await new Promise<number>((done) =>
        execFile(process.execPath, [bin, 'pdf', 'lifts.eia.json'], { cwd: dir, timeout: 110_000 }, (error) =>
          done(error ? 1 : 0),
        ),
      );
      expect(code).toBe(0);
      expect((await readdir(dir)).some((f) => f.endsWith('.pdf') && f.includes('lifts'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
