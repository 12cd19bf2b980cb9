import { describe, expect, it } from 'vitest';
import { RefusedError } from '@/storage/storage-errors.ts';
import { buildAssessment, buildExampleAssessment } from '../builders.ts';
import { freshRepository } from './support.ts';

describe('importing parsed assessments', () => {
  it('stores new assessments exactly as they were in the file', async () => {
    const repo = freshRepository();
    const a = buildExampleAssessment();
    expect(await repo.findImportConflicts([a])).toEqual([]);
    expect(await repo.importAssessments([a])).toEqual([a.id]);
    expect((await repo.get(a.id))?.assessment).toEqual(a);
  });

  it('finds ids that are already in the library or the bin', async () => {
    const repo = freshRepository();
    await repo.create(buildAssessment({ id: 'x', answers: { projectTitle: 'Mine' } }));
    await repo.create(buildAssessment({ id: 'y' }));
    await repo.moveToBin('y');
    const conflicts = await repo.findImportConflicts([
      buildAssessment({ id: 'x', answers: { projectTitle: 'Theirs' } }),
      buildAssessment({ id: 'y' }),
      buildAssessment({ id: 'z' }),
    ]);
    expect(conflicts.map((c) => [c.id, c.where, c.existing.title, c.incoming.title])).toEqual([
      ['x', 'library', 'Mine', 'Theirs'],
      ['y', 'bin', 'Untitled assessment', 'Untitled assessment'],
    ]);
  });

  it('replaces an existing assessment and keeps the old one in its history', async () => {
    const repo = freshRepository();
    await repo.create(buildAssessment({ id: 'x', answers: { age: 'local text' } }));
    await repo.importAssessments([buildAssessment({ id: 'x', answers: { age: 'imported text' } })], {
      x: 'replace',
    });
    expect((await repo.get('x'))?.assessment.answers.age).toBe('imported text');
    const [kept] = await repo.listSnapshots('x');
    expect(kept).toMatchObject({ reason: 'before-import' });
    expect(kept?.assessment.answers.age).toBe('local text');
  });

  it('replaces an assessment that is in the bin and keeps the binned text in its history', async () => {
    const repo = freshRepository();
    await repo.create(buildAssessment({ id: 'y', answers: { age: 'binned text' } }));
    await repo.moveToBin('y');
    await repo.importAssessments([buildAssessment({ id: 'y', answers: { age: 'imported text' } })], {
      y: 'replace',
    });
    expect((await repo.get('y'))?.assessment.answers.age).toBe('imported text');
    const kept = (await repo.listSnapshots('y')).find((s) => s.reason === 'before-import');
    expect(kept?.assessment.answers.age).toBe('binned text');
  });

  it('keeps both by giving the import a new id', async () => {
    const repo = freshRepository();
    await repo.create(buildAssessment({ id: 'x', answers: { age: 'local' } }));
    const [storedId] = await repo.importAssessments(
      [buildAssessment({ id: 'x', answers: { age: 'imported' } })],
      {
        x: 'keep-both',
      },
    );
    expect(storedId).not.toBe('x');
    expect((await repo.get('x'))?.assessment.answers.age).toBe('local');
    expect((await repo.get(storedId!))?.assessment.answers.age).toBe('imported');
  });

  it('writes nothing from a file when one of its assessments cannot be stored', async () => {
    const repo = freshRepository();
    await repo.create(buildAssessment({ id: 'taken' }));
    const file = [
      buildAssessment({ id: 'new-1' }),
      buildAssessment({ id: 'taken' }),
      buildAssessment({ id: 'new-2' }),
    ];
    await expect(repo.importAssessments(file)).rejects.toBeInstanceOf(RefusedError);
    expect(await repo.get('new-1')).toBeUndefined();
    expect((await repo.listSummaries()).total).toBe(1);
  });
});
