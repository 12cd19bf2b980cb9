import { diffWords, type ChangeObject } from 'diff';
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
  const a = answerText(yours);
  const b = answerText(theirs);
  const parts: ChangeObject<string>[] | undefined = diffWords(a, b, { timeout: DIFF_TIMEOUT_MS });
  return (
    <div className="govuk-grid-row app-compare">
      <div className="govuk-grid-column-one-half">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">Theirs (in the file)</h4>
        <div className="app-compare__text govuk-body">
          {parts ? <Marked parts={parts} side="theirs" /> : b || <Empty />}
        </div>
      </div>
      <div className="govuk-grid-column-one-half">
        <h4 className="govuk-heading-s govuk-!-margin-bottom-2">Yours (in this browser)</h4>
        <div className="app-compare__text govuk-body">
          {parts ? <Marked parts={parts} side="yours" /> : a || <Empty />}
        </div>
      </div>
      {!parts && (
        <p className="govuk-body-s govuk-grid-column-full">
          The two answers are too different for the changed words to be marked.
        </p>
      )}
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
            <span className="govuk-visually-hidden">[added: </span>
            {p.value}
            <span className="govuk-visually-hidden">]</span>
          </ins>
        ) : p.removed ? (
          <del key={i}>
            <span className="govuk-visually-hidden">[not in theirs: </span>
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

function Empty() {
  return <span className="app-compare__empty">Not answered</span>;
}
