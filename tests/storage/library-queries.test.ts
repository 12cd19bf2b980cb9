import { describe, expect, it } from 'vitest';
import { type AssessmentStatus } from '@schemas/assessment.ts';
import { SUMMARY_VERSION } from '@/domain/assessment-summary.ts';
import { buildAssessment } from '../builders.ts';
import { freshRepository } from './support.ts';

async function seeded() {
  const repo = freshRepository();
  const rows: Array<[string, string, AssessmentStatus, string, string]> = [
    ['a', 'Social media guidance', 'draft', 'Katherine Timms', '2026-01-01T09:00:00.000Z'],
    ['b', 'Fitness to practise: Welsh hearings', 'agreed', 'Siân Ŵyn', '2026-01-03T09:00:00.000Z'],
    ['c', 'Registration fees 2026', 'ready-for-review', 'Sam Patel', '2026-01-02T09:00:00.000Z'],
    ['d', 'Social care workforce', 'returned', 'Ana Díaz', '2026-01-04T09:00:00.000Z'],
    ['e', '', 'draft', '', '2026-01-05T09:00:00.000Z'],
  ];
  for (const [id, projectTitle, status, assessorName, updatedAt] of rows) {
    await repo.create(buildAssessment({ id, status, updatedAt, answers: { projectTitle, assessorName } }));
  }
  return repo;
}

describe('library queries', () => {
  it('lists the most recently edited first by default', async () => {
    const page = await (await seeded()).listSummaries();
    expect(page.rows.map((r) => r.id)).toEqual(['e', 'd', 'b', 'c', 'a']);
    expect(page.total).toBe(5);
    expect(page.rows[0]?.title).toBe('Untitled assessment');
  });

  it('sorts by title and by oldest edit', async () => {
    const repo = await seeded();
    expect((await repo.listSummaries({ sort: 'title-asc' })).rows.map((r) => r.id)).toEqual([
      'b',
      'c',
      'd',
      'a',
      'e',
    ]);
    expect((await repo.listSummaries({ sort: 'updated-asc' })).rows.map((r) => r.id)).toEqual([
      'a',
      'c',
      'b',
      'd',
      'e',
    ]);
  });

  it('filters by status, with the right total', async () => {
    const repo = await seeded();
    const drafts = await repo.listSummaries({ status: 'draft', sort: 'title-desc' });
    expect(drafts.rows.map((r) => r.id)).toEqual(['e', 'a']);
    expect(drafts.total).toBe(2);
    expect(drafts.stored).toBe(5);
  });

  it('searches titles and assessors by the start of any word, ignoring case and accents', async () => {
    const repo = await seeded();
    expect((await repo.listSummaries({ search: 'soc' })).rows.map((r) => r.id)).toEqual(['d', 'a']);
    expect((await repo.listSummaries({ search: 'social MEDIA' })).rows.map((r) => r.id)).toEqual(['a']);
    expect((await repo.listSummaries({ search: 'wyn' })).rows.map((r) => r.id)).toEqual(['b']);
    expect((await repo.listSummaries({ search: 'Díaz' })).rows.map((r) => r.id)).toEqual(['d']);
    expect((await repo.listSummaries({ search: 'soc', status: 'returned' })).rows.map((r) => r.id)).toEqual([
      'd',
    ]);
    expect((await repo.listSummaries({ search: 'nothing-like-this' })).total).toBe(0);
  });

  it('pages through the list', async () => {
    const repo = await seeded();
    const second = await repo.listSummaries({ offset: 2, limit: 2 });
    expect(second.rows.map((r) => r.id)).toEqual(['b', 'c']);
    expect(second.total).toBe(5);
  });

  it('rebuilds summaries made by an older summary version from the full records', async () => {
    const repo = await seeded();
    await repo.db.summaries.toCollection().modify({ summaryVersion: SUMMARY_VERSION - 1, title: 'stale' });
    await repo.db.summaries.delete('c');
    expect(await repo.rebuildSummariesIfStale()).toBe(true);
    const page = await repo.listSummaries({ sort: 'title-asc' });
    expect(page.rows.map((r) => r.title)).toEqual([
      'Fitness to practise: Welsh hearings',
      'Registration fees 2026',
      'Social care workforce',
      'Social media guidance',
      'Untitled assessment',
    ]);
    expect(page.rows.every((r) => r.summaryVersion === SUMMARY_VERSION)).toBe(true);
    expect(await repo.rebuildSummariesIfStale()).toBe(false);
  });

  it('also rebuilds summaries written by a newer summary version', async () => {
    const repo = await seeded();
    await repo.db.summaries.update('a', { summaryVersion: SUMMARY_VERSION + 1, title: 'from the future' });
    expect(await repo.rebuildSummariesIfStale()).toBe(true);
    expect((await repo.listSummaries({ search: 'social media' })).rows[0]?.title).toBe(
      'Social media guidance',
    );
  });

  it('never reads answers to draw the list (rows carry no answers)', async () => {
    const page = await (await seeded()).listSummaries();
    for (const row of page.rows) expect(row).not.toHaveProperty('answers');
  });
});
