import { useEffect, useState } from 'react';
import { summariseMoves, type MoveSummary } from '@/domain/designer/move-summary.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';

/** "What moving existing assessments would do": the migration engine's plans for this browser's assessments. */
export function MovePreview({ definition }: { definition: TemplateDefinition }) {
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
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    <>
      <h2 className="govuk-heading-m">What moving existing assessments would do</h2>
      <p className="govuk-body">
        {plural(summary.assessments, 'assessment in this browser is', 'assessments in this browser are')}{' '}
        written on an earlier version. Publishing moves none of them: each stays on its version until someone
        chooses to move it. If the {plural(summary.movable, 'one that can move', 'ones that can move')} were
        moved to version {definition.version}:
      </p>
      <ul className="govuk-list govuk-list--bullet" id="move-preview">
        <li>
          {plural(
            summary.carried,
            'answer would move across as it is',
            'answers would move across as they are',
          )}
        </li>
        {summary.converted ? (
          <li>
            {plural(
              summary.converted,
              'answer would be converted to its question’s new kind',
              'answers would be converted to their questions’ new kinds',
            )}
          </li>
        ) : null}
        <li>
          {plural(summary.noLongerAsked, 'answer', 'answers')} would be kept under “Answers to questions no
          longer asked” (never lost)
        </li>
        {summary.reopenedSections ? (
          <li>
            {plural(summary.reopenedSections, 'completed section would', 'completed sections would')} need
            marking as completed again
          </li>
        ) : null}
        {summary.refusals.map((r) => (
          <li key={r}>Some cannot move: {r}</li>
        ))}
      </ul>
    </>
  );
}
