import Dexie, { type Collection } from 'dexie';
import { type AssessmentStatus } from '@schemas/assessment.ts';
import { SUMMARY_VERSION, type AssessmentSummary } from '@/domain/summary-shape.ts';
import { type StorageContext } from './context.ts';
import { type SummaryRow } from './db.ts';
import { searchWords } from './search-words.ts';

/**
 * The library's queries. They read ONLY the `summaries` table (never answers), through indexes, one page
 * at a time, so the first screen is quick with 10,000 assessments stored.
 */

export type LibrarySort = 'updated-desc' | 'updated-asc' | 'title-asc' | 'title-desc';
export type StatusFilter = AssessmentStatus | 'all';

export type LibraryQuery = {
  search?: string;
  status?: StatusFilter;
  sort?: LibrarySort;
  offset?: number;
  limit?: number;
};

export type LibraryPage = { rows: AssessmentSummary[]; total: number; stored: number };

export const DEFAULT_PAGE_SIZE = 25;

/**
 * True when the summary rows must be rebuilt from the full records (summary-rebuild.ts): any was built by
 * an older (or newer) SUMMARY_VERSION, or the two tables disagree in size. Cheap: two counts and an index
 * lookup, and it reads only the summaries table, so the library's first load needs no schemas.
 */
export async function summariesStale(ctx: StorageContext): Promise<boolean> {
  const { db } = ctx;
  // Two plain key-range counts (native in IndexedDB). Dexie's notEqual() would walk the whole index:
  // 350 ms with 10,000 rows in Chromium, more than the whole first screen may take.
  const [older, newer, assessments, summaries] = await Promise.all([
    db.summaries.where('summaryVersion').below(SUMMARY_VERSION).count(),
    db.summaries.where('summaryVersion').above(SUMMARY_VERSION).count(),
    db.assessments.count(),
    db.summaries.count(),
  ]);
  return older !== 0 || newer !== 0 || assessments !== summaries;
}

/** Drops the storage-only fields of a summary row. */
function fromSummaryRow({ titleKey: _t, searchWords: _w, ...summary }: SummaryRow): AssessmentSummary {
  return summary;
}

function byIndex(
  ctx: StorageContext,
  status: StatusFilter,
  sort: LibrarySort,
): Collection<SummaryRow, string> {
  const { summaries } = ctx.db;
  const field = sort.startsWith('title') ? 'titleKey' : 'updatedAt';
  const collection =
    status === 'all'
      ? summaries.orderBy(field)
      : summaries.where(`[status+${field}]`).between([status, Dexie.minKey], [status, Dexie.maxKey]);
  return sort.endsWith('desc') ? collection.reverse() : collection;
}

function compare(sort: LibrarySort): (a: SummaryRow, b: SummaryRow) => number {
  const key = sort.startsWith('title') ? 'titleKey' : 'updatedAt';
  const direction = sort.endsWith('desc') ? -1 : 1;
  return (a, b) => (a[key] < b[key] ? -direction : a[key] > b[key] ? direction : 0);
}

export async function listSummaries(ctx: StorageContext, query: LibraryQuery = {}): Promise<LibraryPage> {
  const { status = 'all', sort = 'updated-desc', offset = 0, limit = DEFAULT_PAGE_SIZE } = query;
  const words = searchWords(query.search ?? '');
  const stored = await ctx.db.summaries.count();
  if (words.length === 0) {
    const collection = byIndex(ctx, status, sort);
    const [total, rows] = await Promise.all([
      status === 'all' ? stored : byIndex(ctx, status, sort).count(),
      collection.offset(offset).limit(limit).toArray(),
    ]);
    return { rows: rows.map(fromSummaryRow), total, stored };
  }
  // Search by word prefix: the longest word narrows through the multi-entry index, the rest filter.
  const [first = ''] = [...words].sort((a, b) => b.length - a.length);
  const candidates = await ctx.db.summaries.where('searchWords').startsWith(first).distinct().toArray();
  const matches = candidates
    .filter((row) => status === 'all' || row.status === status)
    .filter((row) => words.every((w) => row.searchWords.some((rw) => rw.startsWith(w))))
    .sort(compare(sort));
  return { rows: matches.slice(offset, offset + limit).map(fromSummaryRow), total: matches.length, stored };
}
