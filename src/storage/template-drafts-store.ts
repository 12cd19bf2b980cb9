import type { TemplateDefinition } from '@schemas/template-definition.ts';
import type { LocalText } from '@schemas/local-text.ts';
import { parseTemplateDefinition } from '@schemas/template-parse.ts';
import {
  builtInTemplates,
  findTemplateDefinition,
  registerTemplate,
  templateConflict,
} from '@schemas/templates/index.ts';
import type { StorageContext } from './context.ts';
import type { TemplateDraftRow, TemplateRow, TemplateStatusRow } from './db.ts';

/**
 * WHAT IS STORED: the template designer's drafts (table `templateDrafts`, Dexie version 3), one per
 * template id, saved as the EDI manager types; their undo history (`templateUndo`), so undo works
 * across reloads; and each stored version's status (`templateStatus`: who published it, its note,
 * whether it is retired). Publishing moves a draft into the immutable `templates` table (templates-store.ts):
 * after that the version never changes. Nothing here ever changes an assessment.
 */

export type DraftHistory = {
  definition: TemplateDefinition;
  past: TemplateDefinition[];
  future: TemplateDefinition[];
};

export type StoredDraft = TemplateDraftRow & {
  definition: TemplateDefinition;
  past: TemplateDefinition[];
  future: TemplateDefinition[];
};

export type TemplateVersionInfo = {
  key: string;
  id: string;
  version: string;
  /** The template's title in English, or in Welsh for a Welsh-only template (a plain string for code). */
  title: string;
  /** The template's title in every language it has: what a page shows, in the page's language when it can. */
  name: LocalText;
  builtIn: boolean;
  status: 'published' | 'retired';
  publishedAt: string | null;
  publishedBy: string;
  note: string;
  /** Assessments in this browser written on this version (not counting the bin). */
  assessments: number;
};

export type TemplateCatalogue = {
  versions: TemplateVersionInfo[];
  drafts: Array<Omit<TemplateDraftRow, 'definition'> & { title: string; name: LocalText; version: string }>;
};

function looksLikeDefinition(value: unknown): value is TemplateDefinition {
  return (
    value !== null &&
    typeof value === 'object' &&
    Array.isArray((value as { sections?: unknown }).sections) &&
    typeof (value as { id?: unknown }).id === 'string'
  );
}

/** A template's title as one string: its English, or its Welsh when it has no English (a Welsh-only template). */
function plainTitle(title: LocalText): string {
  return title.en.trim() !== '' ? title.en : (title.cy ?? '');
}

/** Every template version (built in and stored), every draft, and how many assessments use each version. */
export async function templateCatalogue(ctx: StorageContext): Promise<TemplateCatalogue> {
  const [rows, statuses, drafts] = await Promise.all([
    ctx.db.templates.toArray(),
    ctx.db.templateStatus.toArray(),
    ctx.db.templateDrafts.toArray(),
  ]);
  const usage = new Map<string, number>();
  await ctx.db.assessments.each((row) => {
    const key = `${row.assessment.templateId}@${row.assessment.templateVersion}`;
    usage.set(key, (usage.get(key) ?? 0) + 1);
  });
  const statusOf = new Map(statuses.map((s) => [s.key, s]));
  const info = (
    key: string,
    definition: Pick<TemplateDefinition, 'id' | 'version' | 'title'>,
    builtIn: boolean,
    row?: TemplateRow,
  ): TemplateVersionInfo => {
    const status: TemplateStatusRow | undefined = statusOf.get(key);
    return {
      key,
      id: definition.id,
      version: definition.version,
      title: plainTitle(definition.title),
      name: definition.title,
      builtIn,
      status: status?.retiredAt ? 'retired' : 'published',
      publishedAt: status?.publishedAt ?? row?.addedAt ?? null,
      publishedBy: status?.publishedBy ?? (builtIn ? 'Built in' : row ? `Imported from ${row.source}` : ''),
      note: status?.note ?? '',
      assessments: usage.get(key) ?? 0,
    };
  };
  const versions = [
    ...builtInTemplates.map((d) => info(`${d.id}@${d.version}`, d, true)),
    ...rows
      .filter((r) => looksLikeDefinition(r.definition))
      .map((r) => info(r.key, r.definition as TemplateDefinition, false, r)),
  ];
  return {
    versions,
    drafts: drafts
      .filter((d) => looksLikeDefinition(d.definition))
      .map(({ definition, ...d }) => ({
        ...d,
        title: plainTitle((definition as TemplateDefinition).title),
        name: (definition as TemplateDefinition).title,
        version: (definition as TemplateDefinition).version,
      })),
  };
}

/** The draft of a template, with its undo history; undefined when there is none. */
export async function getTemplateDraft(
  ctx: StorageContext,
  templateId: string,
): Promise<StoredDraft | undefined> {
  // One transaction for both rows: read apart, a save landing between the two reads gave the definition
  // before it with the undo history after it (a reload then undid to the wrong step).
  const [row, undo] = await ctx.db.transaction('r', ctx.db.templateDrafts, ctx.db.templateUndo, () =>
    Promise.all([ctx.db.templateDrafts.get(templateId), ctx.db.templateUndo.get(templateId)]),
  );
  if (!row || !looksLikeDefinition(row.definition)) return undefined;
  const keep = (list: unknown[] | undefined) => (list ?? []).filter(looksLikeDefinition);
  return { ...row, definition: row.definition, past: keep(undo?.past), future: keep(undo?.future) };
}

/**
 * Starts a draft (a copy of a template to adapt, or the next version of one). If the template already
 * has a draft it is kept as it is and returned: a draft is never overwritten by starting another.
 */
export async function startTemplateDraft(
  ctx: StorageContext,
  definition: TemplateDefinition,
  basedOn: string | null,
  by: string,
): Promise<{ templateId: string; existed: boolean }> {
  return ctx.db.transaction('rw', ctx.db.templateDrafts, ctx.db.templateUndo, async () => {
    if (await ctx.db.templateDrafts.get(definition.id)) return { templateId: definition.id, existed: true };
    const at = ctx.now().toISOString();
    await ctx.db.templateDrafts.add({
      templateId: definition.id,
      draftVersion: 1,
      definition,
      basedOn,
      createdAt: at,
      updatedAt: at,
      updatedBy: by,
    });
    await ctx.db.templateUndo.put({ templateId: definition.id, past: [], future: [] });
    return { templateId: definition.id, existed: false };
  });
}

/**
 * Saves a draft and its undo history together (the designer's autosave). `withUndo: false` writes the
 * definition alone, when the caller knows the stored undo history is already this one (typing on in one
 * field changes the definition, not the undo steps), so a long history is not copied on every save.
 */
export async function saveTemplateDraft(
  ctx: StorageContext,
  history: DraftHistory,
  by: string,
  { withUndo = true }: { withUndo?: boolean } = {},
): Promise<void> {
  const templateId = history.definition.id;
  await ctx.db.transaction('rw', ctx.db.templateDrafts, ctx.db.templateUndo, async () => {
    const row = await ctx.db.templateDrafts.get(templateId);
    if (!row) throw new Error(`There is no draft of the template "${templateId}" any more.`);
    await ctx.db.templateDrafts.put({
      ...row,
      definition: history.definition,
      updatedAt: ctx.now().toISOString(),
      updatedBy: by,
    });
    if (withUndo) await ctx.db.templateUndo.put({ templateId, past: history.past, future: history.future });
  });
}

/** ⚠ Deletes a draft and its history for good (the user confirmed). Published versions are untouched. */
export async function discardTemplateDraft(ctx: StorageContext, templateId: string): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.templateDrafts, ctx.db.templateUndo, async () => {
    await ctx.db.templateDrafts.delete(templateId);
    await ctx.db.templateUndo.delete(templateId);
  });
}

export type PublishResult = { ok: true; key: string } | { ok: false; problems: string[] };

/**
 * Publishes a draft: checks it through the same parse path as an imported template, stores it as an
 * immutable version with the publisher's note, learns it, and removes the draft. A version that exists
 * already (with any content) is refused: a version never changes.
 */
export async function publishTemplateDraft(
  ctx: StorageContext,
  templateId: string,
  note: string,
  by: string,
): Promise<PublishResult> {
  const draft = await getTemplateDraft(ctx, templateId);
  if (!draft) return { ok: false, problems: ['There is no draft of this template to publish.'] };
  const parsed = parseTemplateDefinition(draft.definition, { code: 'whereDraft', values: {} });
  if (!parsed.ok) return parsed;
  const definition = parsed.definition;
  const key = `${definition.id}@${definition.version}`;
  if (findTemplateDefinition(definition.id, definition.version) || (await ctx.db.templates.get(key))) {
    return {
      ok: false,
      problems: [
        `Version “${definition.version}” of this template is already published, and a version never changes: give this draft a new version number.`,
      ],
    };
  }
  const conflict = templateConflict(definition);
  if (conflict) return { ok: false, problems: [conflict] };
  const at = ctx.now().toISOString();
  await ctx.db.transaction(
    'rw',
    [ctx.db.templates, ctx.db.templateStatus, ctx.db.templateDrafts, ctx.db.templateUndo],
    async () => {
      await ctx.db.templates.add({
        key,
        id: definition.id,
        version: definition.version,
        definition,
        addedAt: at,
        source: 'the designer',
      });
      await ctx.db.templateStatus.put({ key, publishedAt: at, publishedBy: by, note: note.trim() });
      await ctx.db.templateDrafts.delete(templateId);
      await ctx.db.templateUndo.delete(templateId);
    },
  );
  registerTemplate(definition);
  return { ok: true, key };
}

/** Retires a version (no new assessments start on it) or brings it back. Assessments on it are untouched. */
export async function setTemplateRetired(
  ctx: StorageContext,
  key: string,
  retired: boolean,
  by: string,
): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.templateStatus, async () => {
    const row = (await ctx.db.templateStatus.get(key)) ?? { key };
    const { retiredAt: _a, retiredBy: _b, ...rest } = row;
    await ctx.db.templateStatus.put(
      retired ? { ...rest, retiredAt: ctx.now().toISOString(), retiredBy: by } : rest,
    );
  });
}

export type TemplateChoice = { id: string; version: string; title: string; name: LocalText };

/**
 * The templates a new assessment can start on: for each template, its newest published version that is
 * not retired (newest by when it was published; built-in versions first). Retired versions are never offered.
 */
export async function newAssessmentTemplates(ctx: StorageContext): Promise<TemplateChoice[]> {
  const { versions } = await templateCatalogue(ctx);
  const newest = new Map<string, TemplateVersionInfo>();
  for (const v of versions) {
    if (v.status === 'retired') continue;
    const current = newest.get(v.id);
    if (!current || (v.publishedAt ?? '') >= (current.publishedAt ?? '')) newest.set(v.id, v);
  }
  return [...newest.values()].map((v) => ({ id: v.id, version: v.version, title: v.title, name: v.name }));
}
