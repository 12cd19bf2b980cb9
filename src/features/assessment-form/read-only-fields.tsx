import { createContext, useContext, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * Around the fields of a read-only page (agreed, or open for editing in another tab): says why nothing can
 * be typed, beside the field in focus, and, when someone tries to type, says so in a polite live message.
 * Space is kept from scrolling the page (a read-only field would otherwise pass it on). Each question is
 * wrapped in an element with `data-question-id`; <ReadOnlyNote> shows the reason under the focused one.
 */
const FocusedQuestion = createContext<{ questionId: string | null; reason: string; tried: boolean } | null>(
  null,
);

/** Keys that would change the text of an editable field. */
function types(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return (
    event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete' || event.key === 'Enter'
  );
}

function isReadOnlyField(target: EventTarget | null): target is HTMLInputElement | HTMLTextAreaElement {
  return (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.readOnly;
}

export function ReadOnlyFields({ reason, children }: { reason: string | undefined; children: ReactNode }) {
  const [focused, setFocused] = useState<{ questionId: string | null; tried: boolean }>({
    questionId: null,
    tried: false,
  });
  const [message, setMessage] = useState('');
  const t = useT();
  const tries = useRef(0);
  if (!reason) return <>{children}</>;

  const tried = (target: EventTarget | null) => {
    tries.current += 1;
    // A different string each time, so that screen readers announce a second try too.
    setMessage(`${t('form.nothingTyped', { reason })}${tries.current % 2 ? '' : '\u00a0'}`);
    setFocused({ questionId: questionOf(target), tried: true });
  };

  return (
    <div
      onFocus={(event) => {
        if (isReadOnlyField(event.target)) setFocused({ questionId: questionOf(event.target), tried: false });
      }}
      onKeyDown={(event) => {
        if (!isReadOnlyField(event.target) || !types(event)) return;
        // Nothing can be typed; Space would otherwise scroll the page under the reader's eyes.
        if (event.key === ' ' || event.key === 'Enter') event.preventDefault();
        tried(event.target);
      }}
      onPaste={(event) => isReadOnlyField(event.target) && tried(event.target)}
      onCut={(event) => isReadOnlyField(event.target) && tried(event.target)}
      onDrop={(event) => {
        if (!isReadOnlyField(event.target)) return;
        event.preventDefault();
        tried(event.target);
      }}
    >
      <FocusedQuestion.Provider value={{ ...focused, reason }}>{children}</FocusedQuestion.Provider>
      <p className="govuk-visually-hidden" aria-live="polite">
        {message}
      </p>
    </div>
  );
}

/** Under one question: the reason it cannot be changed, while its field has focus. */
export function ReadOnlyNote({ questionId }: { questionId: string }) {
  const focused = useContext(FocusedQuestion);
  const t = useT();
  if (!focused || focused.questionId !== questionId) return null;
  return (
    <div className="govuk-inset-text app-read-only-note govuk-!-margin-top-0">
      {focused.tried && <strong>{t('form.nothingTypedShort')} </strong>}
      {focused.reason}
    </div>
  );
}

function questionOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element)) return null;
  return target.closest('[data-question-id]')?.getAttribute('data-question-id') ?? null;
}
