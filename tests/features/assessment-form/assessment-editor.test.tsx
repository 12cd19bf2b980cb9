import { describe, expect, it } from 'vitest';
import { hcpcEia201810 } from '@schemas/templates/index.ts';
import { screen, within } from '@testing-library/react';
import { paths } from '@/components/paths.ts';
import { sentenceCase } from '@/features/assessment-form/answers-form.ts';
import { buildAssessment, buildCompleteAnswers, buildExampleAssessment } from '../../builders.ts';
import { renderEditor } from './editor-harness.tsx';

describe('AssessmentEditor', () => {
  it('renders every question of the template with its label, descriptor and hint', async () => {
    const { navigate } = renderEditor();
    for (const section of hcpcEia201810.sections) {
      navigate(paths.section('test-assessment', section.id));
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        `Section ${section.number}: ${section.title}`,
      );
      for (const question of section.questions) {
        if (question.kind === 'date') {
          const group = screen.getByRole('group', { name: question.label });
          for (const part of ['Day', 'Month', 'Year']) {
            expect(within(group).getByRole('textbox', { name: part })).toBeInTheDocument();
          }
          expect(group).toHaveAccessibleDescription(question.hint);
          continue;
        }
        const field = screen.getByRole('textbox', { name: question.label });
        expect(field.tagName).toBe(question.kind === 'text' ? 'INPUT' : 'TEXTAREA');
        if (question.descriptor) {
          expect(field).toHaveAccessibleDescription(
            expect.stringContaining(sentenceCase(question.descriptor)),
          );
        }
        if (question.guidance) {
          const details = field.closest('.govuk-form-group')!.querySelector('details')!;
          for (const paragraph of question.guidance) {
            expect(details.textContent).toContain(paragraph.split('https://')[0]);
          }
        }
      }
    }
  });

  it('keeps typed answers while moving between pages: one form lives across them', async () => {
    const { user, navigate } = renderEditor({ path: paths.section('test-assessment', 'analysis') });
    await user.type(screen.getByRole('textbox', { name: 'Race' }), 'Some impact.');
    navigate(paths.assessment('test-assessment'));
    navigate(paths.check('test-assessment'));
    expect(screen.getByText('Some impact.')).toBeInTheDocument();
    navigate(paths.section('test-assessment', 'analysis'));
    expect(screen.getByRole('textbox', { name: 'Race' })).toHaveValue('Some impact.');
  });

  it('loads the new assessment when loadKey changes, and not before', async () => {
    const first = buildAssessment({ answers: { projectTitle: 'First', age: 'First age answer.' } });
    const { user, rerenderEditor, stored } = renderEditor({
      assessment: first,
      path: paths.section('test-assessment', 'analysis'),
    });
    await user.type(screen.getByRole('textbox', { name: 'Age' }), ' More.');
    expect(stored.answers.age).toBe('First age answer. More.');
    const reports = stored.answerReports;

    // A saved copy coming back with the same loadKey must not overwrite what is being typed.
    rerenderEditor({
      assessment: { ...first, answers: { ...first.answers, age: 'stale' } },
      loadKey: first.id,
    });
    expect(screen.getByRole('textbox', { name: 'Age' })).toHaveValue('First age answer. More.');

    // Restored from history: a new loadKey loads it.
    const restored = buildAssessment({
      answers: { projectTitle: 'Restored', age: 'Restored age answer.' },
      completedSections: ['summary'],
    });
    rerenderEditor({ assessment: restored, loadKey: 'restore-1' });
    expect(screen.getByRole('textbox', { name: 'Age' })).toHaveValue('Restored age answer.');
    expect(screen.getByRole('textbox', { name: 'Race' })).toHaveValue('');
    // Loading is not a change by the user: nothing is reported.
    expect(stored.answerReports).toBe(reports);

    await user.type(screen.getByRole('textbox', { name: 'Race' }), 'R');
    expect(stored.answers).toMatchObject({
      projectTitle: 'Restored',
      age: 'Restored age answer.',
      race: 'R',
    });
  });

  it('shows the reloaded values on the task list and Check your answers too', () => {
    const { rerenderEditor, navigate } = renderEditor({
      assessment: buildAssessment({ answers: { projectTitle: 'Old' } }),
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Old' })).toBeInTheDocument();
    rerenderEditor({
      assessment: buildAssessment({ answers: buildCompleteAnswers(), completedSections: ['overview'] }),
      loadKey: 'take-over',
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Answer for projectTitle.' })).toBeInTheDocument();
    expect(screen.getByText('1 of 6 sections completed')).toBeInTheDocument();
    navigate(paths.check('test-assessment'));
    expect(screen.getByText('Answer for psedAdvance.')).toBeInTheDocument();
  });

  it('makes nothing editable when read-only, but keeps every value visible', async () => {
    const assessment = buildExampleAssessment();
    const { user, stored } = renderEditor({
      assessment,
      readOnly: true,
      path: paths.section(assessment.id, 'overview'),
    });
    const title = screen.getByLabelText('Project / policy title');
    expect(title).toHaveValue('Social media guidance updates 2019');
    for (const field of screen.getAllByRole('textbox')) expect(field).toHaveAttribute('readonly');
    await user.type(title, 'XYZ');
    expect(title).toHaveValue('Social media guidance updates 2019');
    expect(stored.answerReports).toBe(0);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/characters remaining/)).not.toBeInTheDocument();
  });

  it('shows what other features put under each field and under the section heading', () => {
    renderEditor({
      path: paths.section('test-assessment', 'welsh-language'),
      slots: {
        field: (questionId) => <p>{`Comment on ${questionId}`}</p>,
        section: (sectionId) => <p>{`Findings for ${sectionId}`}</p>,
      },
    });
    expect(screen.getByText('Comment on welshLanguage')).toBeInTheDocument();
    expect(screen.getByText('Findings for welsh-language')).toBeInTheDocument();
  });
});
