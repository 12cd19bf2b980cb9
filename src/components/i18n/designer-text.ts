import type { DraftProblem } from '@/domain/designer/draft-problems.ts';
import { t } from './i18n.ts';

/**
 * The template designer's problems before publishing (src/domain/designer/draft-problems.ts) in the
 * interface language: the domain gives a code and its values, the catalogue words it
 * (`designerProblem.<code>`). English comes out exactly as the domain's own English sentence
 * (tests/components/i18n/designer-text.test.ts). The template's own words (labels, section titles) stay
 * as written; `draftProblemWords` says which they are, so a page can tag them as English
 * (src/features/templates/draft-problem-message.tsx).
 */
/** A problem's sentence in the interface language, as one string. */
export function draftProblemText(problem: Pick<DraftProblem, 'code' | 'values'>): string {
  const { id, values } = draftProblemWords(problem, {
    mark: (text) => text,
    sub: (subId, subValues) => t(subId, subValues),
  });
  return t(id, values);
}

/**
 * How a page words the template's own words (`mark`) and a message inside the message (`sub`, e.g. "question
 * 2 of “About the change”"): as plain strings, or as nodes that tag the template's words.
 */
export type ProblemWording<T> = {
  mark: (text: string) => T;
  sub: (id: string, values: Record<string, string | number | T>) => T;
};

/** The catalogue message of a problem and its values, the template's words passed through `mark`. */
export function draftProblemWords<T>(
  problem: Pick<DraftProblem, 'code' | 'values'>,
  { mark, sub }: ProblemWording<T>,
): { id: string; values: Record<string, string | number | T> } {
  const v = problem.values;
  const text = (key: string) => String(v[key] ?? '');
  const num = (key: string) => Number(v[key] ?? 0);
  /** The value `key` of the question named by `prefix` ('' or 'other'): label, otherLabel… */
  const of = (prefix: string, key: string) =>
    prefix ? `${prefix}${key.charAt(0).toUpperCase()}${key.slice(1)}` : key;
  /** A section's name: its title, or "Section 2" while it has none. */
  const section = (prefix = ''): string | T =>
    text(of(prefix, 'section'))
      ? mark(text(of(prefix, 'section')))
      : t('designerProblem.sectionNumbered', { number: num(of(prefix, 'sectionNumber')) });
  /** A question's name: its label, or "question 2 of “About the change”" while it has none. */
  const name = (prefix = ''): string | T =>
    text(of(prefix, 'label'))
      ? mark(text(of(prefix, 'label')))
      : sub('designerProblem.unnamed', { question: num(of(prefix, 'question')), section: section(prefix) });
  const at = (id: string, values: Record<string, string | number | T>) => ({
    id: `designerProblem.${id}`,
    values,
  });
  switch (problem.code) {
    case 'sectionEmpty':
      return at('sectionEmpty', { section: section() });
    case 'labelMissing':
      return at('labelMissing', { question: num('question'), section: section() });
    case 'sameKey':
      return at('sameKey', { key: text('key'), name: name(), otherName: name('other') });
    case 'roleTwice': {
      const role = text('role').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      return at('roleTwice', { role: t(`designer.role.${role}`), name: name(), otherName: name('other') });
    }
    case 'columnNoOptions':
      return at('columnNoOptions', {
        name: name(),
        column: text('heading')
          ? sub('designerProblem.columnNamed', { heading: mark(text('heading')) })
          : t('designerProblem.columnNumbered', { column: num('column') }),
      });
    case 'schema': {
      const issue = text('issue');
      if (text('label')) return at('schemaQuestion', { label: mark(text('label')), issue });
      if (text('section')) return at('schemaSection', { section: mark(text('section')), issue });
      return at('schemaForm', { issue });
    }
    default:
      return at(problem.code, { ...v, name: name() });
  }
}
