// @vitest-environment node
import 'fake-indexeddb/auto';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { findTemplate, forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterEach, describe, expect, it } from 'vitest';
import { SUMMARY_VERSION } from '@/domain/assessment-summary.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { createRepository } from '@/storage/repository.ts';
import { smallTemplate } from '../template-builders.ts';
import { freshRepository } from './support.ts';

afterEach(() => forgetLearntTemplates());

/**
 * The app no longer learns the templates stored in this browser before its first screen (the home page
 * reads only summaries). Whatever reads or writes whole records learns them first, so an assessment written
 * on a stored template still opens, is summarised and copied after a reload, with nothing asked first.
 */
describe('templates stored in this browser, learnt on demand', () => {
  async function storedOnSmallTemplate() {
    const repository = freshRepository();
    registerTemplate(smallTemplate);
    await repository.saveTemplates([smallTemplate], 'test');
    await repository.create(
      createAssessment({
        id: 'lifts',
        template: localiseTemplate(smallTemplate),
        answers: { name: 'Lifts in the Park Street office', owner: 'Ann Jones' },
      }),
    );
    forgetLearntTemplates(); // a reload: the app knows only its built-in templates
    // A new page load: a new repository on the same database.
    return createRepository(repository.db, { tabId: 'after-reload' });
  }

  it('opens an assessment on a stored template without loadTemplates being called', async () => {
    const repository = await storedOnSmallTemplate();
    expect(findTemplate('acme-eia', '1')).toBeUndefined();
    const loaded = await repository.get('lifts');
    expect(loaded?.assessment.answers.name).toBe('Lifts in the Park Street office');
    expect(findTemplate('acme-eia', '1')?.title).toBe('Acme equality screening (EIA)');
  });

  it('copies it after a reload', async () => {
    const repository = await storedOnSmallTemplate();
    const copy = await repository.copy('lifts');
    expect(copy.templateId).toBe('acme-eia');
    const page = await repository.listSummaries();
    expect(page.rows.map((r) => r.title).sort()).toEqual([
      'Copy of Lifts in the Park Street office',
      'Lifts in the Park Street office',
    ]);
  });

  it('rebuilds its stale summary on the first listing after a reload', async () => {
    const repository = await storedOnSmallTemplate();
    await repository.db.summaries
      .toCollection()
      .modify({ summaryVersion: SUMMARY_VERSION - 1, title: 'stale' });
    const page = await repository.listSummaries();
    expect(page.rows.map((r) => [r.title, r.summaryVersion])).toEqual([
      ['Lifts in the Park Street office', SUMMARY_VERSION],
    ]);
  });

  it('lists the summaries without learning any template', async () => {
    const repository = await storedOnSmallTemplate();
    const page = await repository.listSummaries();
    expect(page.rows.map((r) => r.title)).toEqual(['Lifts in the Park Street office']);
    expect(findTemplate('acme-eia', '1')).toBeUndefined();
  });
});
