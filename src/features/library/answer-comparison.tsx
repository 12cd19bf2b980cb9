import { diffWords, type ChangeObject } from 'diff';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';
import { answerText } from '@/domain/merge.ts';
import './library.scss';

/** Past this much work the differences are not marked (both answers are still shown whole). */
const DIFF_TIMEOUT_MS = 300;

/**
 * One answer side by side: the file's ("theirs") and this browser's ("yours"), words added in theirs
 * marked as inserted, words only in yours marked as deleted (with hidden words for screen readers).
 * The columns stack on a narrow screen.
 */
export function AnswerComparison({ theirs, yours }: { theirs: unknown; yours: unknown }) {
  const t = useT();
  // Answers are kept as typed: on a Welsh page they are marked as English (most are).
  const lang = useLocale() === 'en' ? undefined : 'en';
  const a = answerText(yours);
  const b = answerText(theirs);
  const parts: ChangeObject<string>[] | undefined = diffWords(a, b, { timeout: DIFF_TIMEOUT_MS });
  return (
    <div className="govuk-grid-row app-compare">
      <div className="govuk-grid-column-one-half">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{t('import.compare.theirs')}</h4>
        <div className="app-compare__text govuk-body" lang={lang}>
          {parts ? <Marked parts={parts} side="theirs" /> : b || <Empty />}
        </div>
      </div>
      <div className="govuk-grid-column-one-half">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{t('import.compare.yours')}</h4>
        <div className="app-compare__text govuk-body" lang={lang}>
          {parts ? <Marked parts={parts} side="yours" /> : a || <Empty />}
        </div>
      </div>
      {!parts && <p className="govuk-body-s govuk-grid-column-full">{t('import.compare.tooDifferent')}</p>}
    </div>
  );
}

function Marked({ parts, side }: { parts: ChangeObject<string>[]; side: 'theirs' | 'yours' }) {
  const shown = parts.filter((p) => (side === 'theirs' ? !p.removed : !p.added));
  if (shown.every((p) => p.value.trim() === '')) return <Empty />;
  return (
    <>
      {shown.map((p, i) =>
        p.added ? (
          <ins key={i}>
            <Hidden id="import.compare.added" />
            {p.value}
            <span className="govuk-visually-hidden">]</span>
          </ins>
        ) : p.removed ? (
          <del key={i}>
            <Hidden id="import.compare.notInTheirs" />
            {p.value}
            <span className="govuk-visually-hidden">]</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </>
  );
}

/** Words for screen readers only, in the page's language (the answer around them may be English). */
function Hidden({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <span className="govuk-visually-hidden" lang={locale === 'en' ? undefined : locale}>
      {t(id)}{' '}
    </span>
  );
}

function Empty() {
  const t = useT();
  const locale = useLocale();
  return (
    <span className="app-compare__empty" lang={locale === 'en' ? undefined : locale}>
      {t('form.notAnswered')}
    </span>
  );
}
