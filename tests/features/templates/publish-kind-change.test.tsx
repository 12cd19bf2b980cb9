import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localiseTemplate, type TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { startHistory } from '@/domain/designer/designer-history.ts';
import { applyEdit } from '@/domain/designer/edit-template.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { createDesignerDraft } from '@/storage/designer-draft.ts';
import type { SaveStatusStore } from '@/storage/draft-holder.ts';
import { PublishPage } from '@/features/templates/publish-page.tsx';
import { renderWithStorage, testStorage } from '../render-with-storage.tsx';

/**
 * "Check and publish" for a version whose questions changed kind: the change list says "kind changed"
 * and what happens to answers given under the old kind; "What moving existing assessments would do"
 * counts, question by question, the answers of this browser's assessments that would be converted or
 * kept under "Answers to questions no longer asked" (the migration engine's plans).
 */
vi.setConfig({ testTimeout: 60_000 });
afterEach(() => activateLanguage('en'));

const idle: SaveStatusStore = { getStatus: () => ({ state: 'idle' }), subscribe: () => () => undefined };
const TABLE_BLANK = {
  columns: [{ id: 'item', label: { en: 'Item' }, kind: 'text' }],
  rowName: { en: 'row' },
};

/** HCPC 2018-10 with its action plan asked as a table, and Age as a date: the draft of a next version. */
function nextVersion(): TemplateDefinition {
  let next: TemplateDefinition = {
    ...structuredClone(hcpcEia201810Definition),
    version: '2027-01',
    languages: ['en'],
  };
  next = applyEdit(next, {
    type: 'change-question-kind',
    sectionId: 'action-plan',
    questionId: 'actionPlanSummary',
    kind: 'table',
    blank: TABLE_BLANK,
  });
  return applyEdit(next, {
    type: 'change-question-kind',
    sectionId: 'analysis',
    questionId: 'age',
    kind: 'date',
  });
}

async function renderPublish() {
  const storage = testStorage();
  const template = localiseTemplate(hcpcEia201810Definition);
  await storage.repository.create(
    createAssessment({
      id: 'on-2018',
      template,
      answers: {
        projectTitle: 'Parking',
        actionPlanSummary: 'Publish the new hours',
        age: 'Older staff drive more',
      },
    }),
  );
  const draft = createDesignerDraft(startHistory(nextVersion()));
  return renderWithStorage(
    <PublishPage
      templateId="hcpc-eia"
      draft={draft}
      saveStatus={idle}
      basedOn="hcpc-eia@2018-10"
      flush={() => Promise.resolve(true)}
    />,
    storage,
  );
}

describe('publishing a version whose questions changed kind', () => {
  it('lists each kind change with what happens to answers, and what moving would do with this browser’s', async () => {
    await renderPublish();
    const changes = document.getElementById('change-list')!;
    const lines = within(changes)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toContain(
      '“Age” changed from Long text to Date. Answers already given are kept under “Answers to questions no longer asked”, and the question starts empty.',
    );
    expect(lines).toContain(
      '“Summary of action plan” changed from Long text to Table of rows. An answer already given is converted only when it fits as it is; any other is kept under “Answers to questions no longer asked”.',
    );

    const moves = await screen.findByRole('heading', { name: 'What moving existing assessments would do' });
    expect(moves).toBeInTheDocument();
    const preview = within(document.getElementById('move-preview')!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(preview).toContain(
      '“Summary of action plan”, now “Table of rows” (was “Long text”): 1 answer would be converted, 0 kept under “Answers to questions no longer asked”',
    );
    expect(preview).toContain(
      '“Age”, now “Date” (was “Long text”): 0 answers would be converted, 1 kept under “Answers to questions no longer asked”',
    );
    expect(preview).toContain('1 answer would be converted to its question’s new kind');
    // A user test read "If the one that can move were moved" twice to understand it.
    expect(document.getElementById('move-preview')!.previousElementSibling).toHaveTextContent(
      /Moving the assessment that can move to version 2027-01 would do this:$/,
    );
  });

  it('says the same in Welsh, the template’s own words tagged as English', async () => {
    await activateLanguage('cy');
    await renderPublish();
    const preview = await screen.findByText(/bellach yn “Tabl o resi” \(roedd yn “Testun hir”\)/);
    expect(preview).toHaveTextContent(
      '“Summary of action plan”, bellach yn “Tabl o resi” (roedd yn “Testun hir”): 1 ateb yn cael ei drosi, 0 yn cael eu cadw o dan “Atebion i gwestiynau nad ydynt yn cael eu gofyn mwyach”',
    );
    expect(within(preview).getByText('“Summary of action plan”')).toHaveAttribute('lang', 'en');
    const changes = document.getElementById('change-list')!;
    expect(changes).toHaveTextContent(
      'Newidiodd “Age” o Testun hir i Dyddiad. Mae atebion a roddwyd eisoes yn cael eu cadw o dan',
    );
    expect(
      screen.getByRole('heading', { name: 'Beth fyddai symud asesiadau presennol yn ei wneud' }),
    ).toBeInTheDocument();
  });

  it('lists the problems to fix first in Welsh, the template’s own words tagged as English', async () => {
    await activateLanguage('cy');
    const broken = applyEdit(nextVersion(), {
      type: 'edit-question',
      sectionId: 'action-plan',
      questionId: 'actionPlanSummary',
      patch: { columns: [{ id: 'item', label: { en: '' }, kind: 'text' }] },
    });
    renderWithStorage(
      <PublishPage
        templateId="hcpc-eia"
        draft={createDesignerDraft(startHistory(broken))}
        saveStatus={idle}
        basedOn="hcpc-eia@2018-10"
        flush={() => Promise.resolve(true)}
      />,
      testStorage(),
    );
    const link = within(document.querySelector('.govuk-error-summary')!).getByRole('link');
    expect(link).toHaveTextContent('Rhowch bennawd ar gyfer colofn 1 y tabl “Summary of action plan”');
    expect(within(link).getByText('Summary of action plan')).toHaveAttribute('lang', 'en');
  });
});
