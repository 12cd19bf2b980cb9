import { z } from 'zod';
import { ASSESSMENT_STATUSES } from './assessment-status.ts';
import { answersSchemaFor, anyAnswersSchema, MAX_ANSWERS } from './answers.ts';
import { anyAnswerSchema } from './kinds/index.ts';
import { MAX_DRAFT_ANSWER_LENGTH } from './plain/kinds/text-answer.ts';
import { languageSchema, localTextSchema } from './local-text.ts';
import { CURRENT_ASSESSMENT_SCHEMA_VERSION } from './plain/assessment.ts';
import { templateIdSchema, templateVersionSchema, type Template } from './template-definition.ts';

/**
 * The assessment record: what is stored in IndexedDB and carried in `.eia.json` files.
 *
 * CURRENT_ASSESSMENT_SCHEMA_VERSION is the version of THIS shape. Changing the shape means: bump the
 * number, add a numbered migration in `migrations/`, and freeze a fixture of the old shape in
 * tests/fixtures. Never change the meaning of an old version.
 */
export { CURRENT_ASSESSMENT_SCHEMA_VERSION, STATUS_LABELS, assessmentLanguage } from './plain/assessment.ts';

export const assessmentStatusSchema = /* @__PURE__ */ z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

const isoDateTime = /* @__PURE__ */ z.iso.datetime({ offset: true });
const name = /* @__PURE__ */ z.string().max(200);

/** One change of status, kept for ever: who, when, and why (the reviewer's reasons when returned). */
export const statusChangeSchema = /* @__PURE__ */ z.object({
  status: assessmentStatusSchema,
  at: isoDateTime,
  by: name.default(''),
  note: z.string().max(20_000).default(''),
  revision: z.number().int().positive().default(1),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const commentReplySchema = /* @__PURE__ */ z.object({
  id: z.string().min(1).max(100),
  author: name,
  role: z.enum(['reviewer', 'assessor']),
  body: z.string().min(1).max(20_000),
  createdAt: isoDateTime,
});
export type CommentReply = z.infer<typeof commentReplySchema>;

/** A reviewer's comment on a section (questionId absent) or on one question. */
export const commentSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1).max(100),
  sectionId: z.string().min(1).max(100),
  questionId: z.string().max(100).optional(),
  author: name,
  role: z.enum(['reviewer', 'assessor']),
  body: z.string().min(1).max(20_000),
  createdAt: isoDateTime,
  resolvedAt: isoDateTime.optional(),
  resolvedBy: name.optional(),
  replies: z.array(commentReplySchema).max(1000).default([]),
});
export type Comment = z.infer<typeof commentSchema>;

/** How the exported PDF appendix is headed. Not part of the EIA's answers. */
export const publicationSchema = /* @__PURE__ */ z.object({
  appendixLabel: z.string().max(60).default('Appendix B'),
  organisation: z.string().max(200).default(''),
  committee: z.string().max(200).default(''),
  meetingDate: z.string().max(40).default(''),
  includeAboutThisForm: z.boolean().default(false),
  /**
   * The language(s) the appendix is printed in: English, Welsh, or both (English then Welsh, one after
   * the other). Absent: the assessment's own language.
   */
  appendixLanguage: z.enum(['en', 'cy', 'both']).optional(),
});
export type Publication = z.infer<typeof publicationSchema>;

/**
 * An answer that came from the other person's copy when a file was imported and the person here kept
 * theirs (domain/merge.ts): who changed it, when, and the answer it replaced, so the assessor sees a
 * reviewer's change beside the field and on the review page. Kept for ever, carried in files.
 */
export const answerChangeSchema = /* @__PURE__ */ z.object({
  id: z.string().min(1).max(400),
  questionId: z.string().min(1).max(100),
  /** Who changed it in their copy: the name on the file's newest status change ('' when not known). */
  by: name.default(''),
  /** Their part in the review when known: returned or agreed it (reviewer), sent it (assessor). */
  role: z.enum(['reviewer', 'assessor']).optional(),
  /** When their copy was last saved before it was exported (the change was made at or before this). */
  at: isoDateTime,
  /** When it was kept here. */
  takenAt: isoDateTime,
  /** The answer it replaced here, as text. */
  previous: z.string().max(200_000).default(''),
  revision: z.number().int().positive().default(1),
});
export type AnswerChange = z.infer<typeof answerChangeSchema>;

/**
 * An answer to a question the assessment's template version no longer asks (schema version 2): kept when
 * the assessment moved to a newer template version and the question was removed, or changed kind in a way
 * its answer could not follow without losing something (src/domain/version-move.ts). Never dropped: shown
 * on Check your answers and in History, carried in files and in the PDF's attached data.
 */
export const noLongerAskedSchema = /* @__PURE__ */ z.object({
  questionId: z.string().min(1).max(100),
  /** The old question's label (English, and Welsh when the template had it). */
  label: localTextSchema,
  /** The old question's section title. */
  sectionTitle: localTextSchema.optional(),
  /** The old question's kind (its answer's shape). */
  kind: z.string().min(1).max(100),
  /** The template version on which it was last asked. */
  templateVersion: templateVersionSchema,
  /**
   * Why it is no longer asked: the question was removed, or it is asked in a new way (another kind) that
   * could not take this answer without losing something.
   */
  reason: z.enum(['removed', 'changed']),
  /** The answer as it was stored, whole. */
  value: anyAnswerSchema,
  /** The answer as a person reads it (the old question's words for options), so it shows with no template. */
  text: z.string().max(MAX_DRAFT_ANSWER_LENGTH),
  /** When the assessment moved. */
  movedAt: isoDateTime,
});
export type NoLongerAsked = z.infer<typeof noLongerAskedSchema>;

export const assessmentSchema = /* @__PURE__ */ z.object({
  schemaVersion: z.literal(CURRENT_ASSESSMENT_SCHEMA_VERSION),
  id: z.string().min(1).max(100),
  /** The template version the answers were written on (any template: built-in, stored or carried in a file). */
  templateId: templateIdSchema,
  templateVersion: templateVersionSchema,
  /**
   * The language the assessment is written in: the template's wording is shown and printed in it.
   * Optional in the stored shape: records and files from before assessments had a language have none,
   * and are English (read it with `assessmentLanguage`; stored rows of the current version are not
   * re-parsed, so a default here would not reach them).
   */
  language: languageSchema.optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  status: assessmentStatusSchema,
  /** 1 for the first revision; a change to an agreed assessment starts revision n + 1 as a draft. */
  revision: z.number().int().positive(),
  /** Ids of the sections the assessor has marked as completed. */
  completedSections: z.array(z.string().max(100)).max(100),
  /** Answers keyed by question id; checked against the template by `assessmentSchemaFor`. */
  answers: anyAnswersSchema,
  statusHistory: z.array(statusChangeSchema).max(10_000).default([]),
  comments: z.array(commentSchema).max(10_000).default([]),
  /** Answers taken from the other person's file (optional: older records and files have none). */
  answerChanges: z.array(answerChangeSchema).max(10_000).default([]),
  /** Answers to questions no longer asked, kept when the assessment moved to a newer template version. */
  noLongerAsked: z.array(noLongerAskedSchema).max(MAX_ANSWERS).default([]),
  publication: publicationSchema.default({
    appendixLabel: 'Appendix B',
    organisation: '',
    committee: '',
    meetingDate: '',
    includeAboutThisForm: false,
  }),
});
export type Assessment = z.infer<typeof assessmentSchema>;
export type AssessmentInput = z.input<typeof assessmentSchema>;

const forTemplate = new WeakMap<Template, typeof assessmentSchema>();

/** The record with its answers checked against its template (every question's answer shape; others kept). */
export function assessmentSchemaFor(template: Template): typeof assessmentSchema {
  const cached = forTemplate.get(template);
  if (cached) return cached;
  const schema = assessmentSchema.extend({
    answers: answersSchemaFor(template),
  }) as unknown as typeof assessmentSchema;
  forTemplate.set(template, schema);
  return schema;
}
