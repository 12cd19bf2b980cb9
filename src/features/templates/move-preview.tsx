import { useEffect, useState } from 'react';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { summariseMoves, type MoveSummary } from '@/domain/designer/move-summary.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import { kindName } from './kind-names.ts';

/**
 * "What moving existing assessments would do": the migration engine's plans for this browser's assessments,
 * added up, with a line for each question whose kind changed (how many answers would be converted to the
 * new kind, how many kept under "Answers to questions no longer asked").
 */
export function MovePreview({ definition }: { definition: TemplateDefinition }) {
  const t = useT();
  const { repository } = useAppStorage();
  const [summary, setSummary] = useState<MoveSummary | null>(null);
  useEffect(() => {
    let live = true;
    void repository.all().then((all) => {
      if (live) setSummary(summariseMoves(all, definition, findTemplateDefinition));
    });
    return () => {
      live = false;
    };
  }, [repository, definition]);
  if (!summary || summary.assessments === 0) return null;
  return (
    <>
      <h2 className="govuk-heading-m">{t('designer.move.heading')}</h2>
      <p className="govuk-body">
        {t('designer.move.intro', { count: summary.assessments })}{' '}
        {t('designer.move.ifMoved', { count: summary.movable, version: definition.version })}
      </p>
      <ul className="govuk-list govuk-list--bullet" id="move-preview">
        <li>{t('designer.move.carried', { count: summary.carried })}</li>
        {summary.converted ? <li>{t('designer.move.converted', { count: summary.converted })}</li> : null}
        <li>{t('designer.move.kept', { count: summary.noLongerAsked })}</li>
        {summary.kindChanges.map((k) => (
          <li key={`${k.questionId}:${k.from}`}>
            <RichMessage
              id="designer.move.kindChange"
              values={{
                label: <InEnglish>“{k.label}”</InEnglish>,
                from: kindName(k.from),
                to: kindName(k.to),
                converted: k.converted,
                kept: k.keptAside,
              }}
            />
          </li>
        ))}
        {summary.reopenedSections ? (
          <li>{t('designer.move.reopened', { count: summary.reopenedSections })}</li>
        ) : null}
        {summary.refusalProblems.map((r) => (
          <li key={`${r.code}:${JSON.stringify(r.values)}`}>
            {t('designer.move.refused', { reason: t(`move.refusal.${r.code}`, r.values) })}
          </li>
        ))}
      </ul>
    </>
  );
}
