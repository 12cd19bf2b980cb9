import { lowerFirst, type AnswerProblemCode, type ProblemValues } from '@schemas/answer-problems.ts';
import { currentLanguage, t } from './i18n.ts';

/**
 * An answer's problem (a completion check of schemas/kinds, or a date of schemas/dates.ts) in the interface
 * language: the schemas give a code and its values, the catalogue words it (`problem.<code>`). English
 * comes out exactly as the schemas' own English sentence (tests/components/i18n/problem-text.test.ts).
 *
 * A problem with no code (one the page worded already) is shown as it is. `label` replaces the label the
 * check was given, for a page that words the field's name itself (the meeting date).
 */
export function problemText(
  problem: { code?: AnswerProblemCode | undefined; values?: ProblemValues | undefined; message: string },
  label?: string,
): string {
  const { code } = problem;
  if (!code) return problem.message;
  const values: ProblemValues = { ...problem.values, ...(label === undefined ? {} : { label }) };
  return t(`problem.${code}`, localValues(code, values));
}

/** Labels lowered as the sentence needs, a date in a table named with its row, the usual wordings filled. */
function localValues(code: AnswerProblemCode, values: ProblemValues): ProblemValues {
  const text = (key: string) => String(values[key] ?? '');
  switch (code) {
    case 'selectOption':
    case 'tableRequired':
    case 'cellSelect':
    case 'cellRequired':
      return {
        ...values,
        label: lowerFirst(text('label')),
        ...(code === 'tableRequired' ? { rowName: text('rowName') || t('table.row') } : {}),
      };
    case 'impactRating':
    case 'impactWhy':
    case 'impactMitigation':
      return { ...values, group: lowerFirst(text('group')) };
    case 'impactWhyTooLong':
      return { ...values, label: text('label') || t('impact.why') };
    case 'impactMitigationTooLong':
      return { ...values, label: text('label') || t('impact.mitigation') };
    case 'dateRequired':
    case 'dateMissing':
    case 'dateNotReal':
    case 'dateFuture': {
      const name = values.row === undefined ? text('label') : t('problem.inRow', values);
      if (code !== 'dateRequired') return { ...values, label: name };
      // "Enter the date eia agreed": English lowers the whole name, as it always has; Welsh its first letter.
      return { ...values, label: currentLanguage() === 'en' ? name.toLowerCase() : lowerFirst(name) };
    }
    default:
      return values;
  }
}
