import { afterEach, describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { buildTemplateFile, parseTemplateFileText, templateFileName } from '@/storage/files/template-file.ts';
import { freshRepository } from '../support.ts';
import { smallTemplate } from '../../template-builders.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const fileWith = (template: unknown) =>
  JSON.stringify({
    format: 'eia-template',
    formatVersion: 1,
    exportedAt: '2026-01-05T10:00:00.000Z',
    template,
  });
const problemsOf = (text: string) => {
  const result = parseTemplateFileText('council.eia-template.json', text);
  return result.ok ? [] : result.problems;
};

afterEach(() => forgetLearntTemplates());

describe('.eia-template.json files', () => {
  it('round-trips a template: exported then imported gives the same template, same version', async () => {
    const text = buildTemplateFile(smallTemplate);
    expect(templateFileName(smallTemplate)).toBe('acme-eia-1.eia-template.json');
    const other = freshRepository();
    const result = await other.importTemplateFile('acme.eia-template.json', bytes(text));
    expect(result).toMatchObject({ ok: true, alreadyHere: false });
    const listed = (await other.templateCatalogue()).versions.find((v) => v.key === 'acme-eia@1');
    expect(listed).toMatchObject({
      title: 'Acme equality screening (EIA)',
      version: '1',
      status: 'published',
    });
    expect((await other.db.templates.get('acme-eia@1'))?.definition).toEqual(smallTemplate);
    // The same file again: nothing changes.
    expect(await other.importTemplateFile('acme.eia-template.json', bytes(text))).toMatchObject({
      ok: true,
      alreadyHere: true,
    });
  });

  it('refuses a version that exists with different content, and writes nothing', async () => {
    const repo = freshRepository();
    await repo.importTemplateFile('a.eia-template.json', bytes(buildTemplateFile(smallTemplate)));
    const changed: TemplateDefinition = { ...smallTemplate, title: { en: 'Changed' } };
    const result = await repo.importTemplateFile('b.eia-template.json', bytes(buildTemplateFile(changed)));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.join(' ')).toMatch(
      /already here with different content. A version never changes/,
    );
    expect((await repo.db.templates.get('acme-eia@1'))?.definition).toEqual(smallTemplate);
  });

  it('refuses a changed copy of the built-in HCPC 2018-10 under its own id and version', () => {
    const changed = { ...hcpcEia201810Definition, notice: { en: 'changed', cy: 'newid' } };
    expect(problemsOf(fileWith(changed)).join(' ')).toMatch(/A version never changes/);
  });

  it('refuses a file that is too big', () => {
    expect(problemsOf(' '.repeat(5 * 1024 * 1024 + 1)).join(' ')).toMatch(/more than a template file can be/);
  });

  it('refuses prototype keys', () => {
    const text = fileWith(smallTemplate).replace('"id":"acme-eia"', '"__proto__":{"x":1},"id":"acme-eia"');
    expect(problemsOf(text).join(' ')).toMatch(/has a field named "__proto__"/);
  });

  it('refuses a question of an unknown kind, naming where it is', () => {
    const template = structuredClone(smallTemplate) as unknown as {
      sections: Array<{ questions: Array<{ kind: string }> }>;
    };
    template.sections[0]!.questions[1]!.kind = 'hologram';
    expect(problemsOf(fileWith(template)).join(' ')).toMatch(
      /sections\.0\.questions\.1.*a question of a kind this version of EIA Builder does not know/,
    );
  });

  it('refuses two questions with one answer key', () => {
    const template = structuredClone(smallTemplate);
    template.sections[0]!.questions[1]!.id = 'name';
    expect(problemsOf(fileWith(template)).join(' ')).toMatch(/Two questions have the answer key "name"/);
  });

  it('refuses a follow-up that points at another question (follow-ups are nested, so no cycle can be made)', () => {
    const template = structuredClone(smallTemplate) as unknown as {
      sections: Array<{ questions: unknown[] }>;
    };
    template.sections[0]!.questions.push({
      id: 'loop',
      kind: 'yes-no',
      label: { en: 'Loop' },
      required: false,
      followUp: { questionId: 'loop', label: { en: 'Again' }, required: false },
    });
    expect(problemsOf(fileWith(template)).length).toBeGreaterThan(0);
  });

  it('refuses a file that is not a template file, and deep nesting, in plain words', () => {
    expect(problemsOf('{"format":"eia","formatVersion":1}').join(' ')).toMatch(
      /is not an EIA Builder template file/,
    );
    expect(problemsOf('['.repeat(100) + ']'.repeat(100)).join(' ')).toMatch(/nested more than/);
    expect(problemsOf('{"format":').join(' ')).toMatch(/is not a readable file/);
    expect(
      problemsOf(JSON.stringify({ format: 'eia-template', formatVersion: 9, template: {} })).join(' '),
    ).toMatch(/newer version/);
  });

  it('says a web page is a web page (such as the accessible HTML version), not "not valid JSON"', () => {
    const result = parseTemplateFileText(
      'Travel policy EIA.html',
      '<!DOCTYPE html>\n<html lang="en-GB"><head><title>EIA</title></head><body></body></html>',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      '“Travel policy EIA.html” is a web page (HTML), not a template file: it cannot be imported. Choose a file whose name ends in .eia-template.json (on the Templates page, “Export” saves one).',
    ]);
  });
});
