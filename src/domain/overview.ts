import type { Language } from '@schemas/local-text.ts';
import { STATUS_LABELS, type AssessmentStatus } from '@schemas/assessment.ts';
import { localiseTemplate, type Template } from '@schemas/template-definition.ts';
import { knownTemplateDefinitions } from '@schemas/templates/index.ts';
import type { AssessmentSummary } from './assessment-summary.ts';
import type { GroupState } from './findings/index.ts';

/**
 * The EDI manager's overview: one row per assessment (from the small summary rows, never the full
 * records), a "needs attention" filter, and the assessment × equality group grid. Pure view-model:
 * the overview page and the CSV both render what this returns.
 */

export type OverviewFilter = 'all' | 'needs-attention';
export type OverviewSort = 'updated' | 'title' | 'missing' | 'weak';

export const OVERVIEW_SORT_LABELS: Record<OverviewSort, string> = {
  updated: 'Last edited (newest first)',
  title: 'Title (A to Z)',
  missing: 'Most missing',
  weak: 'Most to look at',
};

export const GROUP_STATE_LABELS: Record<GroupState, string> = {
  answered: 'Answered',
  weak: 'To look at',
  missing: 'Missing',
};

export type OverviewRow = {
  id: string;
  title: string;
  /** The assessment's language (its title is in it); absent for rows summarised before it was kept. */
  language?: Language;
  status: AssessmentStatus;
  statusLabel: string;
  revision: number;
  assessorName: string;
  /** "3 of 6" */
  sections: string;
  missing: number;
  weak: number;
  openComments: number;
  updatedAt: string;
  needsAttention: boolean;
  /** Why it needs attention, in words ("Waiting for review", "2 missing"…). */
  attention: string[];
  groups: Record<string, GroupState | undefined>;
  /** Words shown beside a group's state, e.g. an impact's ratings ("Negative, Not known"). */
  ratings: Record<string, string | undefined>;
};

/** One column of the grid: an equality-group question (its section, for a link to it). */
export type GridColumn = { questionId: string; sectionId: string; label: string };

export type Overview = {
  rows: OverviewRow[];
  columns: GridColumn[];
  /** Every assessment, before the filter. */
  total: number;
  attentionCount: number;
};

/**
 * Needs attention: anything not yet agreed that is waiting for the reviewer, has a missing or weak
 * answer, or has an open comment. Agreed assessments never do (they are locked).
 */
export function attentionReasons(s: AssessmentSummary): string[] {
  if (s.status === 'agreed') return [];
  const out: string[] = [];
  if (s.status === 'ready-for-review') out.push('Waiting for review');
  if (s.missingCount > 0) out.push(`${s.missingCount} missing`);
  if (s.weakCount > 0) out.push(`${s.weakCount} to look at`);
  if (s.openComments > 0) out.push(`${s.openComments} open comment${s.openComments === 1 ? '' : 's'}`);
  return out;
}

/** The grid's columns: the only place that says which questions they are (the overview and its CSV read it). */
export function gridColumns(template: Template): GridColumn[] {
  return template.sections.flatMap((s) =>
    s.questions
      .filter((q) => q.role === 'equality-group')
      .map((q) => ({ questionId: q.id, sectionId: s.id, label: q.label })),
  );
}

/**
 * The grid's columns for a list of assessments that may be written on several templates: `template`'s
 * equality groups first (always, so an empty overview still shows them), then each group that only
 * other templates ask about ("Carers", "Socio-economic disadvantage") and that a listed assessment has,
 * in the order those templates put them. A group is one column however many templates ask about it.
 */
export function gridColumnsFor(
  summaries: readonly AssessmentSummary[],
  template: Template,
  others: readonly Template[] = knownTemplateDefinitions().map((d) => localiseTemplate(d)),
): GridColumn[] {
  const columns = gridColumns(template);
  const seen = new Set(columns.map((c) => c.questionId));
  const asked = new Set(summaries.flatMap((s) => Object.keys(s.groups ?? {})));
  for (const other of others) {
    for (const column of gridColumns(other)) {
      if (seen.has(column.questionId) || !asked.has(column.questionId)) continue;
      seen.add(column.questionId);
      columns.push(column);
    }
  }
  return columns;
}

export function buildOverview(
  summaries: readonly AssessmentSummary[],
  template: Template,
  options: { filter?: OverviewFilter; sort?: OverviewSort } = {},
): Overview {
  const all = summaries.map(toRow);
  const attentionCount = all.filter((r) => r.needsAttention).length;
  const rows = options.filter === 'needs-attention' ? all.filter((r) => r.needsAttention) : all;
  rows.sort(comparator(options.sort ?? 'updated'));
  return { rows, columns: gridColumnsFor(summaries, template), total: all.length, attentionCount };
}

function toRow(stored: AssessmentSummary): OverviewRow {
  // A row stored before SUMMARY_VERSION 2 lacks the review fields until storage rebuilds it.
  const s: AssessmentSummary = {
    ...stored,
    missingCount: stored.missingCount ?? 0,
    weakCount: stored.weakCount ?? 0,
    openComments: stored.openComments ?? 0,
    groups: stored.groups ?? {},
  };
  const attention = attentionReasons(s);
  return {
    id: s.id,
    title: s.title,
    ...(s.language ? { language: s.language } : {}),
    status: s.status,
    statusLabel: STATUS_LABELS[s.status],
    revision: s.revision,
    assessorName: s.assessorName,
    sections: `${s.completedSections} of ${s.totalSections}`,
    missing: s.missingCount,
    weak: s.weakCount,
    openComments: s.openComments,
    updatedAt: s.updatedAt,
    needsAttention: attention.length > 0,
    attention,
    groups: s.groups,
    ratings: s.groupRatings ?? {},
  };
}

const byTitle = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

function comparator(sort: OverviewSort): (a: OverviewRow, b: OverviewRow) => number {
  const newest = (a: OverviewRow, b: OverviewRow) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
  switch (sort) {
    case 'title':
      return (a, b) => byTitle.compare(a.title, b.title) || newest(a, b);
    case 'missing':
      return (a, b) => b.missing - a.missing || b.weak - a.weak || newest(a, b);
    case 'weak':
      return (a, b) => b.weak - a.weak || b.missing - a.missing || newest(a, b);
    case 'updated':
      return newest;
  }
}
