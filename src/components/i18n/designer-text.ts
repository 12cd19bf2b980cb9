import type { DraftProblem } from '@/domain/designer/draft-problems.ts';
import { t } from './i18n.ts';

/**
 * The template designer's problems before publishing (src/domain/designer/draft-problems.ts) in the
 * interface language: the domain gives a code and its values, the catalogue words it
 * (`designerProblem.<code>`). English comes out exactly as the domain's own English sentence
 * (tests/components/i18n/designer-text.test.ts). The template's own words (labels, section titles) stay
 * as written: a GOV.UK error summary's link is one string, so on a Welsh page they are not tagged.
 */
export function draftProblemText(problem: Pick<DraftProblem, 'code' | 'values'>): string {
  const v = problem.values;
  const text = (key: string) => String(v[key] ?? '');
  const num = (key: string) => Number(v[key] ?? 0);
  const section = (prefix = '') =>
    text(`${prefix}section`) ||
    t('designerProblem.sectionNumbered', {
      number: num(prefix ? `${prefix}SectionNumber` : 'sectionNumber'),
    });
  /** A question's name: its label, or "question 2 of “About the change”" while it has none. */
  const name = (prefix = '') => {
    const key = (k: string) => (prefix ? `${prefix}${k.charAt(0).toUpperCase()}${k.slice(1)}` : k);
    return (
      text(key('label')) ||
      t('designerProblem.unnamed', {
        question: num(key('question')),
        section: section(prefix ? 'other' : ''),
      })
    );
  };
  switch (problem.code) {
    case 'sectionEmpty':
      return t('designerProblem.sectionEmpty', { section: section() });
    case 'labelMissing':
      return t('designerProblem.labelMissing', { question: num('question'), section: section() });
    case 'sameKey':
      return t('designerProblem.sameKey', { key: text('key'), name: name(), otherName: name('other') });
    case 'roleTwice': {
      const role = text('role').replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
      return t('designerProblem.roleTwice', {
        role: t(`designer.role.${role}`),
        name: name(),
        otherName: name('other'),
      });
    }
    case 'columnNoOptions':
      return t('designerProblem.columnNoOptions', {
        name: name(),
        column: text('heading')
          ? t('designerProblem.columnNamed', { heading: text('heading') })
          : t('designerProblem.columnNumbered', { column: num('column') }),
      });
    case 'schema': {
      const issue = text('issue');
      if (text('label')) return t('designerProblem.schemaQuestion', { label: text('label'), issue });
      if (text('section')) return t('designerProblem.schemaSection', { section: text('section'), issue });
      return t('designerProblem.schemaForm', { issue });
    }
    default:
      return t(`designerProblem.${problem.code}`, { ...v, name: name() });
  }
}
