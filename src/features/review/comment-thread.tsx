import { useState, type ReactNode } from 'react';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import type { Assessment, Comment } from '@schemas/assessment.ts';
import {
  addComment,
  commentsOn,
  isReopenReply,
  isResolved,
  reopenComment,
  replyToComment,
  resolveComment,
  type CommentResult,
  type CommentRole,
} from '@/domain/comments.ts';
import { formatDateTime } from '@/components/format-date-time.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { CommentForm } from './comment-form.tsx';
import { useIdentity } from './use-identity.ts';
import './review.scss';
import { useT } from '@/components/i18n/use-locale.ts';

type Props = {
  assessment: Assessment;
  sectionId: string;
  /** Leave out for comments on the whole section. */
  questionId?: string;
  /** What the comments are about, for labels: "Age", "Section 2: Evidence and Engagement" (tagged with its language). */
  subject: ReactNode;
  onUpdate: (next: Assessment) => void;
  /** Show the comments but offer no way to change them (agreed, or read-only in this tab). */
  readOnly?: boolean;
  /** The role offered first to someone this browser does not know yet. */
  fallbackRole?: CommentRole;
  now?: () => Date;
};

/**
 * The comments on one question or section, with their replies; add a comment, reply, mark resolved or
 * reopen. Existing comments are always shown; adding one is tucked in a "Add a comment" disclosure so
 * the form stays calm.
 */
export function CommentThread({
  assessment,
  sectionId,
  questionId,
  subject,
  onUpdate,
  readOnly = false,
  fallbackRole = 'assessor',
  now = () => new Date(),
}: Props) {
  const comments = commentsOn(assessment, sectionId, questionId);
  const t = useT();
  const apply = (result: CommentResult): string | null => {
    if (!result.ok) return result.reason;
    onUpdate(result.assessment);
    return null;
  };

  return (
    <div className="app-comment-thread">
      {comments.length > 0 && (
        <>
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
            <RichMessage id="comments.countOn" values={{ count: comments.length, subject }} />
          </p>
          <ul className="govuk-list">
            {comments.map((comment) => (
              <CommentItem
                key={comment.id}
                comment={comment}
                readOnly={readOnly}
                fallbackRole={fallbackRole}
                onReply={(body, who) =>
                  apply(
                    replyToComment(assessment, comment.id, {
                      author: who.name,
                      role: who.role,
                      body,
                      now: now(),
                    }),
                  )
                }
                onResolve={(who) =>
                  apply(resolveComment(assessment, comment.id, { by: who.name, now: now() }))
                }
                onReopen={(who) =>
                  apply(
                    reopenComment(assessment, comment.id, { author: who.name, role: who.role, now: now() }),
                  )
                }
              />
            ))}
          </ul>
        </>
      )}
      {!readOnly && (
        <details className="govuk-details govuk-!-margin-bottom-4">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              {t('comments.add')}
              <span className="govuk-visually-hidden">
                {' '}
                <RichMessage id="comments.onSubject" values={{ subject }} />
              </span>
            </span>
          </summary>
          <div className="govuk-details__text">
            <CommentForm
              label={<RichMessage id="comments.commentOn" values={{ subject }} />}
              submitLabel={t('comments.addButton')}
              fallbackRole={fallbackRole}
              onSubmit={(body, who) =>
                apply(
                  addComment(assessment, {
                    sectionId,
                    ...(questionId ? { questionId } : {}),
                    author: who.name,
                    role: who.role,
                    body,
                    now: now(),
                  }),
                )
              }
            />
          </div>
        </details>
      )}
    </div>
  );
}

type Who = { name: string; role: CommentRole };

function CommentItem({
  comment,
  readOnly,
  fallbackRole,
  onReply,
  onResolve,
  onReopen,
}: {
  comment: Comment;
  readOnly: boolean;
  fallbackRole: CommentRole;
  onReply: (body: string, who: Who) => string | null;
  onResolve: (who: Who) => string | null;
  onReopen: (who: Who) => string | null;
}) {
  const [open, setOpen] = useState<'reply' | 'resolve' | 'reopen' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [identity] = useIdentity(fallbackRole);
  const resolved = isResolved(comment);
  // Someone this browser knows resolves or reopens in one click; anyone else is asked their name first.
  const t = useT();
  const toggle = () => {
    if (!identity.name) return setOpen(resolved ? 'reopen' : 'resolve');
    setRefusal((resolved ? onReopen : onResolve)(identity));
  };
  const done = (refused: string | null) => {
    if (!refused) setOpen(null);
    return refused;
  };
  return (
    <li className={`app-comment${resolved ? ' app-comment--resolved' : ''}`}>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <strong>{comment.author}</strong> ({t(`role.${comment.role}`)}), {formatDateTime(comment.createdAt)}
        {resolved && (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--green">{t('review.resolved')}</strong>
          </>
        )}
      </p>
      <p className="govuk-body app-comment__body govuk-!-margin-bottom-2">{comment.body}</p>
      {resolved && comment.resolvedAt && (
        <p className="govuk-body-s govuk-!-margin-bottom-2">
          {t('comments.resolvedBy', {
            name: comment.resolvedBy || t('comments.someone'),
            when: formatDateTime(comment.resolvedAt),
          })}
        </p>
      )}
      {comment.replies.length > 0 && (
        <ul className="govuk-list app-comment__replies">
          {comment.replies.map((reply) => (
            <li key={reply.id}>
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <strong>{reply.author}</strong> ({t(`role.${reply.role}`)}), {formatDateTime(reply.createdAt)}
              </p>
              <p
                className={`govuk-body app-comment__body${isReopenReply(reply) ? ' govuk-!-font-weight-bold' : ''}`}
              >
                {reply.body}
              </p>
            </li>
          ))}
        </ul>
      )}
      {!readOnly && open === null && (
        <p className="govuk-body-s">
          <LinkButton onClick={() => setOpen('reply')}>
            {t('comments.reply')}
            <span className="govuk-visually-hidden"> {t('comments.toAuthor', { name: comment.author })}</span>
          </LinkButton>
          {' · '}
          <LinkButton onClick={toggle}>
            {resolved ? t('comments.reopen') : t('comments.markResolved')}
            <span className="govuk-visually-hidden">
              {' '}
              {t('comments.fromAuthor', { name: comment.author })}
            </span>
          </LinkButton>
        </p>
      )}
      {refusal && (
        <p className="govuk-error-message">
          <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {refusal}
        </p>
      )}
      {!readOnly && open === 'reply' && (
        <CommentForm
          label={t('comments.replyTo', { name: comment.author })}
          submitLabel={t('comments.reply')}
          fallbackRole={fallbackRole}
          onSubmit={(body, who) => done(onReply(body, who))}
          onCancel={() => setOpen(null)}
        />
      )}
      {!readOnly && (open === 'resolve' || open === 'reopen') && (
        <CommentForm
          label=""
          askBody={false}
          submitLabel={open === 'resolve' ? t('comments.markResolved') : t('comments.reopen')}
          fallbackRole={fallbackRole}
          onSubmit={(_body, who) => done(open === 'resolve' ? onResolve(who) : onReopen(who))}
          onCancel={() => setOpen(null)}
        />
      )}
    </li>
  );
}
