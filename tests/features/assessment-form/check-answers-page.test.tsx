import { describe, expect, it } from 'vitest';
import { hcpcEia201810 } from '@schemas/templates/index.ts';
import { screen, within } from '@testing-library/react';
import { paths } from '@/components/paths.ts';
import { buildAssessment, buildCompleteAnswers, buildExampleAssessment } from '../../builders.ts';
import { renderEditor } from './editor-harness.tsx';

function rowFor(label: string) {
  const key = screen.getAllByRole('term').find((dt) => dt.textContent === label);
  if (!key) throw new Error(`No row for ${label}`);
  return key.parentElement!;
}

describe('the Check your answers page', () => {
  it('shows answers to questions no longer asked in their own section, read-only, under the old words', () => {
    const assessment = buildExampleAssessment({
      noLongerAsked: [
        {
          questionId: 'welshLanguageScheme',
          label: { en: 'How does this meet the Welsh Language Scheme?' },
          sectionTitle: { en: 'Welsh Language Scheme' },
          kind: 'textarea',
          templateVersion: '2017-06',
          reason: 'removed',
          value: 'A translation on request.\n\nSecond paragraph.',
          text: 'A translation on request.\n\nSecond paragraph.',
          movedAt: '2026-01-05T10:00:00.000Z',
        },
      ],
    });
    renderEditor({ assessment, path: paths.check(assessment.id) });
    const section = screen.getByRole('region', { name: 'Answers to questions no longer asked' });
    expect(within(section).getByRole('term')).toHaveTextContent(
      'How does this meet the Welsh Language Scheme?Welsh Language Scheme, version 2017-06',
    );
    expect(within(section).getByRole('definition')).toHaveTextContent(
      'A translation on request.Second paragraph.',
    );
    expect(within(section).queryByRole('link')).toBeNull();
  });

  it('has no such section when nothing was kept', () => {
    const assessment = buildExampleAssessment();
    renderEditor({ assessment, path: paths.check(assessment.id) });
    expect(screen.queryByRole('region', { name: 'Answers to questions no longer asked' })).toBeNull();
  });

  it('shows every answer of the example EIA by section, with "Not answered" for the empty date', () => {
    const assessment = buildExampleAssessment();
    renderEditor({ assessment, path: paths.check(assessment.id) });

    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    for (const section of hcpcEia201810.sections) {
      expect(
        screen.getByRole('heading', { level: 2, name: `Section ${section.number}: ${section.title}` }),
      ).toBeInTheDocument();
      for (const question of section.questions) {
        const value = assessment.answers[question.id as keyof typeof assessment.answers];
        const row = rowFor(question.label);
        if (typeof value === 'string') {
          expect(row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ')).toContain(
            value.split('\n\n')[0]!.replace(/\s+/g, ' '),
          );
        }
      }
    }
    expect(rowFor('Date EIA agreed')).toHaveTextContent('Not answered');
    expect(
      screen.getByRole('heading', { level: 3, name: 'Public sector equality duty' }),
    ).toBeInTheDocument();
  });

  it('keeps the paragraphs of a long answer and shows the date in full', () => {
    const answers = {
      ...buildCompleteAnswers(),
      whoAffected: 'Registrants.\n\nService users,\nand employers.',
    };
    renderEditor({ assessment: buildAssessment({ answers }), path: paths.check('test-assessment') });
    const value = rowFor('Who will be affected?').querySelector('.govuk-summary-list__value')!;
    const paragraphs = value.querySelectorAll('p');
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toHaveTextContent('Registrants.');
    expect(paragraphs[1]!.innerHTML).toBe('Service users,<br>and employers.');
    expect(rowFor('Date EIA agreed')).toHaveTextContent('11 September 2019');
  });

  it('gives each answer a Change link, named for its question, that opens the field', async () => {
    const { user, path } = renderEditor({
      assessment: buildAssessment({ answers: buildCompleteAnswers() }),
      path: paths.check('test-assessment'),
    });
    // GOV.UK markup: Change<span class="govuk-visually-hidden"> question</span>. (jsdom's accessible
    // name drops the space that browsers keep, so the text is checked.)
    const changeLinks = screen.getAllByRole('link').filter((a) => a.textContent?.startsWith('Change '));
    expect(changeLinks).toHaveLength(24);

    const change = within(rowFor('Sexual orientation')).getByRole('link');
    expect(change).toHaveTextContent('Change Sexual orientation');
    expect(change.querySelector('.govuk-visually-hidden')).toHaveTextContent('Sexual orientation');
    expect(change).toHaveAttribute('href', paths.field('test-assessment', 'analysis', 'sexualOrientation'));
    await user.click(change);
    expect(path()).toBe(paths.field('test-assessment', 'analysis', 'sexualOrientation'));
    expect(screen.getByRole('textbox', { name: 'Sexual orientation' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Sexual orientation' })).toHaveValue(
      'Answer for sexualOrientation.',
    );

    await user.click(screen.getByRole('link', { name: 'Back to task list' }));
    await user.click(screen.getByRole('link', { name: 'Check your answers' }));
    await user.click(within(rowFor('Date EIA agreed')).getByRole('link'));
    expect(screen.getByRole('textbox', { name: 'Day' })).toHaveFocus();
  });

  it('shows an answer that was not a real date as typed', () => {
    const answers = { ...buildCompleteAnswers(), dateAgreed: { day: '31', month: '2', year: '2019' } };
    renderEditor({ assessment: buildAssessment({ answers }), path: paths.check('test-assessment') });
    expect(rowFor('Date EIA agreed')).toHaveTextContent('31 / 2 / 2019 (not a real date)');
  });

  it('has no Change links when the assessment is read-only, and shows the extra content it is given', () => {
    renderEditor({
      assessment: buildAssessment({ answers: buildCompleteAnswers() }),
      path: paths.check('test-assessment'),
      readOnly: true,
      slots: { check: <button type="button">Send for review</button> },
    });
    expect(screen.getAllByRole('link').filter((a) => a.textContent?.startsWith('Change'))).toEqual([]);
    expect(screen.getByText('Answer for age.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send for review' })).toBeInTheDocument();
  });
});
