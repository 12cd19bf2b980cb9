import { useId, useRef, useState, type ReactNode } from 'react';
import type { CommentRole } from '@/domain/comments.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { useIdentity, type Identity } from './use-identity.ts';
import { useT } from '@/components/i18n/use-locale.ts';

type Props = {
  /** Label of the comment box, e.g. "Comment on Age". */
  label: ReactNode;
  submitLabel: string;
  /** The role offered first when this browser has not been told yet. */
  fallbackRole?: CommentRole;
  /** False for actions that need only a name (resolve, reopen). */
  askBody?: boolean;
  /** Returns a message to show if the action was refused, or null when done. */
  onSubmit: (body: string, who: Identity) => string | null;
  onCancel?: () => void;
};

type Problem = { field: 'name' | 'body'; message: string };

/**
 * GOV.UK form fields for a comment, a reply or a name-only action. The person's name and role are asked
 * once and remembered in this browser; after that the form says who is commenting, with a Change link.
 */
export function CommentForm({
  label,
  submitLabel,
  fallbackRole = 'assessor',
  askBody = true,
  onSubmit,
  onCancel,
}: Props) {
  const id = useId();
  const t = useT();
  const [identity, setIdentity] = useIdentity(fallbackRole);
  const [changing, setChanging] = useState(false);
  const [name, setName] = useState(identity.name);
  const [role, setRole] = useState<CommentRole>(identity.role);
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const askIdentity = changing || identity.name.trim() === '';

  function fail(next: Problem) {
    setProblem(next);
    (next.field === 'name' ? nameRef : bodyRef).current?.focus();
  }

  function submit() {
    const who: Identity = askIdentity ? { name: name.trim(), role } : identity;
    if (!who.name) return fail({ field: 'name', message: t('panel.enterName') });
    if (askBody && !body.trim()) return fail({ field: 'body', message: t('comments.enterComment') });
    const refused = onSubmit(body, who);
    if (refused) return fail({ field: askBody ? 'body' : 'name', message: refused });
    setIdentity(who);
    setBody('');
    setChanging(false);
    setProblem(null);
  }

  const error = (field: Problem['field']) =>
    problem?.field === field ? (
      <p id={`${id}-${field}-error`} className="govuk-error-message">
        <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {problem.message}
      </p>
    ) : null;

  return (
    // Not a <form>: this sits inside the section page's own form, and forms cannot nest.
    <div className="app-comment-form">
      {askIdentity ? (
        <>
          <div className={`govuk-form-group${problem?.field === 'name' ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={`${id}-name`}>
              {t('panel.yourName')}
            </label>
            <div id={`${id}-name-hint`} className="govuk-hint">
              {t('comments.rememberedHint')}
            </div>
            {error('name')}
            <input
              ref={nameRef}
              id={`${id}-name`}
              className={`govuk-input govuk-input--width-20${problem?.field === 'name' ? ' govuk-input--error' : ''}`}
              type="text"
              autoComplete="name"
              spellCheck={false}
              value={name}
              aria-describedby={`${id}-name-hint${problem?.field === 'name' ? ` ${id}-name-error` : ''}`}
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {t('comments.youAre')}
              </legend>
              <div className="govuk-radios govuk-radios--small govuk-radios--inline">
                {(['reviewer', 'assessor'] as const).map((value) => (
                  <div className="govuk-radios__item" key={value}>
                    <input
                      className="govuk-radios__input"
                      id={`${id}-role-${value}`}
                      type="radio"
                      name={`${id}-role`}
                      value={value}
                      checked={role === value}
                      onChange={() => setRole(value)}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`${id}-role-${value}`}>
                      {value === 'reviewer' ? t('comments.theReviewer') : t('comments.theAssessor')}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </>
      ) : (
        <p className="govuk-body-s">
          {t(askBody ? 'comments.commentingAs' : 'comments.actingAs', {
            name: identity.name,
            role: t(`role.${identity.role}`),
          })}{' '}
          <LinkButton
            onClick={() => {
              setName(identity.name);
              setRole(identity.role);
              setChanging(true);
            }}
          >
            {t('comments.change')}
            <span className="govuk-visually-hidden"> {t('comments.whoYouAre')}</span>
          </LinkButton>
        </p>
      )}
      {askBody && (
        <div className={`govuk-form-group${problem?.field === 'body' ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={`${id}-body`}>
            {label}
          </label>
          {error('body')}
          <textarea
            ref={bodyRef}
            id={`${id}-body`}
            className={`govuk-textarea${problem?.field === 'body' ? ' govuk-textarea--error' : ''}`}
            rows={3}
            value={body}
            aria-describedby={problem?.field === 'body' ? `${id}-body-error` : undefined}
            onChange={(e) => setBody(e.target.value)}
          />
        </div>
      )}
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={submit}
        >
          {submitLabel}
        </button>
        {onCancel && <LinkButton onClick={onCancel}>{t('common.cancel')}</LinkButton>}
      </div>
    </div>
  );
}
