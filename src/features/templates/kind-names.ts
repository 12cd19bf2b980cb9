import { t } from '@/components/i18n/i18n.ts';
import { isQuestionKind, questionKinds } from '@schemas/kinds/index.ts';
import type { QuestionRole } from '@schemas/roles.ts';

/** The catalogue key of a kind ("yes-no" → "yesNo"). */
const key = (kind: string) => kind.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

const KNOWN = new Set(['text', 'textarea', 'date', 'yes-no', 'choice', 'choices', 'impact', 'table']);

/** A kind's short name in the interface language ("Long text"), for the designer's choice of kind. */
export function kindName(kind: string): string {
  return KNOWN.has(kind) ? t(`designer.kind.${key(kind)}.name`) : kind;
}

/** A kind's plain description in the interface language (schemas/kinds has the English one). */
export function kindDescription(kind: string): string {
  if (KNOWN.has(kind)) return t(`designer.kind.${key(kind)}.description`);
  return isQuestionKind(kind) ? questionKinds[kind].description : kind;
}

/** What a question's role is for, in the interface language (schemas/roles.ts has the English). */
export function roleDescription(role: QuestionRole): string {
  return t(`designer.role.${key(role)}`);
}
