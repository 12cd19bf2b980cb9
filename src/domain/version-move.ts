import { answerOf, type Answers } from '@schemas/answers.ts';
import type { Assessment, NoLongerAsked } from '@schemas/assessment.ts';
import { answerHasContent, kindOf, type AnswerValue } from '@schemas/kinds/index.ts';
import { localise, textIn, type Language } from '@schemas/local-text.ts';
import { canonicalJson } from '@schemas/template-parse.ts';
import {
  localiseTemplate,
  type QuestionDefinition,
  type SectionDefinition,
  type TemplateDefinition,
} from '@schemas/template-definition.ts';
import { compareTemplateVersions } from '@schemas/templates/index.ts';
import { outputKindOf } from './kinds/index.ts';

/**
 * Moving an assessment from the template version it was written on to a newer version of the same
 * template (issue 9 item 5). Pure: the plan says what will change, so a person sees it before they
 * confirm; the move applies exactly that plan.
 *
 * - An answer is carried by question id. A question asked as another kind keeps its answer only where the
 *   new kind's `convertFrom` takes it without losing anything.
 * - Otherwise the answer is kept in the record's `noLongerAsked`, with the old question's label and kind,
 *   never dropped. Answers kept there by an earlier move stay there.
 * - A completed section whose questions changed (ids, kinds, settings or English words; not Welsh texts,
 *   hints or guidance) is no longer completed (it needs checking again).
 * - Refused: an agreed assessment (it stays on its version), another template, the same version, and an
 *   older version (moving back would have to drop or re-place answers: restore the copy History kept
 *   before the move instead).
 */

export type VersionMoveItem = {
  questionId: string;
  /** The question's label (the new question's; for answers no longer asked, the old one's). */
  label: string;
  sectionTitle: string;
  /** Kinds, for a converted answer or one kept because its question changed kind. */
  fromKind?: string;
  toKind?: string;
  /** The answer as text (answers no longer asked). */
  answerText?: string;
};

export type VersionMovePlan = {
  templateId: string;
  fromVersion: string;
  toVersion: string;
  /** Why the move cannot be made, in plain words; null when it can. */
  refusal: string | null;
  /** The same reason as a problem code with its values, for the interface's catalogue; null when it can. */
  refusalProblem: VersionMoveRefusal | null;
  /** Answered questions asked the same way in the new version: their answers move across as they are. */
  carried: VersionMoveItem[];
  /** Answered questions now asked as another kind, whose answers the new kind takes without loss. */
  converted: VersionMoveItem[];
  /** Answers kept under "Answers to questions no longer asked" (the question was removed or changed kind). */
  noLongerAsked: VersionMoveItem[];
  /** Questions the old version did not ask: they start empty. */
  newQuestions: VersionMoveItem[];
  /** Sections marked as completed whose questions changed: they will need marking as completed again. */
  reopenedSections: Array<{ id: string; title: string }>;
};

export type VersionMoveResult =
  | { ok: true; assessment: Assessment; plan: VersionMovePlan }
  | { ok: false; message: string; plan: VersionMovePlan };

type Computed = {
  plan: VersionMovePlan;
  answers: Answers;
  kept: NoLongerAsked[];
  completedSections: string[];
};

/**
 * What moving `assessment` from `from` (the version it is on) to `to` would do. `language`: the language
 * of the labels in the plan. Designer's publish step can call this for each stored assessment.
 */
export function planVersionMove(
  assessment: Assessment,
  from: TemplateDefinition,
  to: TemplateDefinition,
  language: Language = 'en',
): VersionMovePlan {
  return compute(assessment, from, to, language, new Date(0)).plan;
}

/** Moves `assessment` to `to` (see planVersionMove), or says why it cannot. */
export function moveToTemplateVersion(
  assessment: Assessment,
  from: TemplateDefinition,
  to: TemplateDefinition,
  now: Date,
): VersionMoveResult {
  const { plan, answers, kept, completedSections } = compute(assessment, from, to, 'en', now);
  if (plan.refusal) return { ok: false, message: plan.refusal, plan };
  return {
    ok: true,
    plan,
    assessment: {
      ...assessment,
      templateId: to.id,
      templateVersion: to.version,
      answers,
      noLongerAsked: [...assessment.noLongerAsked, ...kept],
      completedSections,
      updatedAt: now.toISOString(),
    },
  };
}

/**
 * Why a move is refused, as a problem code and its values: the interface shows it from its catalogue
 * (`moveRefusal.<code>`), the command line and `refusal` in English (versionMoveRefusal).
 */
export type VersionMoveRefusal = {
  code: 'notOnVersion' | 'otherForm' | 'sameVersion' | 'older' | 'agreed';
  /** The version the assessment is on, the one it would move from, and the one it would move to. */
  values: { on: string; from: string; to: string };
};

const REFUSAL_ENGLISH: Record<VersionMoveRefusal['code'], (v: VersionMoveRefusal['values']) => string> = {
  notOnVersion: (v) => `This assessment is on version ${v.on} of its form, not version ${v.from}.`,
  otherForm: (v) => `Version ${v.to} belongs to another form, so this assessment cannot move to it.`,
  sameVersion: (v) => `This assessment is already on version ${v.to} of the form.`,
  older: (v) =>
    `Version ${v.to} is older than version ${v.from}, which this assessment is on. An assessment only moves to a newer version. To go back, restore the copy kept in History before it moved.`,
  agreed: (v) =>
    `This assessment has been agreed, so it stays on version ${v.from} of the form. To move it to version ${v.to}, start a new revision first.`,
};

/** Why `assessment` cannot move from `from` to `to` (a problem code), or null. */
export function versionMoveRefusalProblem(
  assessment: Pick<Assessment, 'status' | 'templateId' | 'templateVersion'>,
  from: Pick<TemplateDefinition, 'id' | 'version'>,
  to: Pick<TemplateDefinition, 'id' | 'version'>,
): VersionMoveRefusal | null {
  const values = { on: assessment.templateVersion, from: from.version, to: to.version };
  if (assessment.templateId !== from.id || assessment.templateVersion !== from.version) {
    return { code: 'notOnVersion', values };
  }
  if (to.id !== from.id) return { code: 'otherForm', values };
  const order = compareTemplateVersions(to.version, from.version);
  if (order === 0) return { code: 'sameVersion', values };
  if (order < 0) return { code: 'older', values };
  if (assessment.status === 'agreed') return { code: 'agreed', values };
  return null;
}

/** Why `assessment` cannot move from `from` to `to`, in plain English, or null. */
export function versionMoveRefusal(
  assessment: Pick<Assessment, 'status' | 'templateId' | 'templateVersion'>,
  from: Pick<TemplateDefinition, 'id' | 'version'>,
  to: Pick<TemplateDefinition, 'id' | 'version'>,
): string | null {
  const problem = versionMoveRefusalProblem(assessment, from, to);
  return problem ? REFUSAL_ENGLISH[problem.code](problem.values) : null;
}

type Placed = { section: SectionDefinition; question: QuestionDefinition };

function questionsById(template: TemplateDefinition): Map<string, Placed> {
  const map = new Map<string, Placed>();
  for (const section of template.sections) {
    for (const question of section.questions) map.set(question.id, { section, question });
  }
  return map;
}

function compute(
  assessment: Assessment,
  from: TemplateDefinition,
  to: TemplateDefinition,
  language: Language,
  now: Date,
): Computed {
  const fromQuestions = questionsById(from);
  const toQuestions = questionsById(to);
  const plan: VersionMovePlan = {
    templateId: from.id,
    fromVersion: from.version,
    toVersion: to.version,
    refusal: versionMoveRefusal(assessment, from, to),
    refusalProblem: versionMoveRefusalProblem(assessment, from, to),
    carried: [],
    converted: [],
    noLongerAsked: [],
    newQuestions: [],
    reopenedSections: [],
  };
  const fromLocal = localiseTemplate(from, language);
  const toLocal = localiseTemplate(to, language);
  const oldQuestion = (id: string) =>
    fromLocal.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
  const newQuestion = (id: string) => toLocal.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;

  const answers: Answers = {};
  const kept: NoLongerAsked[] = [];
  const keep = (placed: Placed, value: AnswerValue, reason: NoLongerAsked['reason']) => {
    const old = oldQuestion(placed.question.id);
    const text = outputKindOf(old).displayText(old, value);
    kept.push({
      questionId: placed.question.id,
      label: placed.question.label,
      sectionTitle: placed.section.title,
      kind: placed.question.kind,
      templateVersion: from.version,
      reason,
      value,
      text,
      movedAt: now.toISOString(),
    });
    const next = toQuestions.get(placed.question.id);
    plan.noLongerAsked.push({
      questionId: placed.question.id,
      label: textIn(placed.question.label, language),
      sectionTitle: textIn(placed.section.title, language),
      fromKind: placed.question.kind,
      ...(next ? { toKind: next.question.kind } : {}),
      answerText: text,
    });
  };
  const item = (placed: Placed, extra: Partial<VersionMoveItem> = {}): VersionMoveItem => ({
    questionId: placed.question.id,
    label: textIn(placed.question.label, language),
    sectionTitle: textIn(placed.section.title, language),
    ...extra,
  });

  // Answers to the questions the old version asks.
  for (const [id, placed] of fromQuestions) {
    const old = oldQuestion(id);
    const value = answerOf(old, assessment.answers);
    const empty = kindOf(old).isEmpty(value);
    const target = toQuestions.get(id);
    if (!target) {
      if (!empty) keep(placed, value, 'removed');
      continue;
    }
    if (empty) continue;
    const next = newQuestion(id);
    const converted = kindOf(next).convertFrom({ kind: old.kind, value, question: old }, next);
    if (converted === undefined) {
      // Asked in a new way (another kind, or an answer the new question cannot hold as it is): kept aside.
      keep(placed, value, 'changed');
      continue;
    }
    answers[id] = converted;
    if (target.question.kind === old.kind) plan.carried.push(item(target));
    else plan.converted.push(item(target, { fromKind: old.kind, toKind: target.question.kind }));
  }

  // Keys neither version asks (an old file, an earlier version) stay as they are; a key the new version
  // asks is placed only when its stored value already is an answer of the new question's kind.
  for (const [key, value] of Object.entries(assessment.answers)) {
    if (fromQuestions.has(key)) continue;
    const target = toQuestions.get(key);
    if (!target) {
      answers[key] = value;
      continue;
    }
    if (!answerHasContent(value)) continue;
    const next = newQuestion(key);
    const parsed = kindOf(next).answer(next).safeParse(value);
    if (parsed.success && canonicalJson(parsed.data) === canonicalJson(value)) {
      answers[key] = parsed.data;
      plan.carried.push(item(target));
    } else {
      kept.push({
        questionId: key,
        label: { en: key },
        kind: 'unknown',
        templateVersion: from.version,
        reason: 'removed',
        value,
        text: typeof value === 'string' ? value : JSON.stringify(value),
        movedAt: now.toISOString(),
      });
      plan.noLongerAsked.push({
        questionId: key,
        label: key,
        sectionTitle: '',
        answerText: kept.at(-1)!.text,
      });
    }
  }

  // Every question of the new version has an answer (empty when new or when its old answer was kept aside).
  for (const [id, placed] of toQuestions) {
    if (!fromQuestions.has(id)) plan.newQuestions.push(item(placed));
    if (!(id in answers)) answers[id] = kindOf(placed.question).empty(newQuestion(id));
  }

  // Completed sections stay completed only where their questions are exactly as they were.
  const completedSections: string[] = [];
  for (const sectionId of assessment.completedSections) {
    const before = from.sections.find((s) => s.id === sectionId);
    const after = to.sections.find((s) => s.id === sectionId);
    if (!after) continue;
    if (before && sameQuestions(before, after)) {
      completedSections.push(sectionId);
    } else {
      plan.reopenedSections.push({ id: sectionId, title: textIn(after.title, language) });
    }
  }
  return { plan, answers, kept, completedSections };
}

/**
 * True when a section asks the same questions: same ids, kinds, settings and English words. Welsh texts
 * added or corrected, hints and guidance do not change what the answers mean, so they reopen nothing.
 */
function sameQuestions(before: SectionDefinition, after: SectionDefinition): boolean {
  const asked = (section: SectionDefinition) =>
    localise(section.questions, 'en').map((question) => {
      const { guidance: _guidance, hint: _hint, ...rest } = question as Record<string, unknown>;
      return rest;
    });
  return canonicalJson(asked(before)) === canonicalJson(asked(after));
}

/** The label of an answer no longer asked, in `language`. */
export function noLongerAskedLabel(kept: NoLongerAsked, language: Language = 'en'): string {
  return textIn(kept.label, language);
}
