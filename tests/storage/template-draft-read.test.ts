import { describe, expect, it } from 'vitest';
import { smallTemplate } from '../template-builders.ts';
import { freshRepository } from './support.ts';

/**
 * A template draft is stored as two rows (the definition, and its undo history) written in one
 * transaction; reading it must give the two as one save left them, never a definition from one save with
 * the undo history of another (a reload then undid to the wrong step).
 */
describe('reading a template draft while it is being saved', () => {
  it('gives the definition and the undo history of the same save', async () => {
    const repository = freshRepository();
    const template = { ...smallTemplate, id: 'read-while-saving', languages: ['en' as const] };
    await repository.startTemplateDraft(template, null, 'Sam');
    const labelled = (n: number) => ({
      ...template,
      sections: template.sections.map((s, i) => (i === 0 ? { ...s, title: { en: `Version ${n}` } } : s)),
    });
    for (let n = 1; n <= 30; n += 1) {
      const definition = labelled(n);
      const past = Array.from({ length: n }, (_, i) => labelled(i));
      const saving = repository.saveTemplateDraft({ definition, past, future: [] }, 'Sam');
      const reads = await Promise.all([repository.getTemplateDraft(template.id), saving]);
      const read = reads[0]!;
      // Save n stores "Version n" with n undo steps; before the first save, the template's own title with none.
      const steps = read.past.length;
      const title = steps === 0 ? template.sections[0]!.title.en : `Version ${steps}`;
      expect(`${read.definition.sections[0]!.title.en}, ${steps} steps`).toBe(`${title}, ${steps} steps`);
    }
  });
});
