import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Assessment } from '@schemas/assessment.ts';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { AssessmentRoute } from '@/app/assessment-route.tsx';
import { buildExampleAssessment } from '../builders.ts';
import { renderWithStorage, testStorage } from '../features/render-with-storage.tsx';

/** Opens the assessment's task list, as the app route composes it from the editor and the other features. */
async function openTaskListOf(assessment: Assessment) {
  const storage = testStorage();
  await storage.repository.create(assessment);
  renderWithStorage(<AssessmentRoute id={assessment.id} rest={undefined} />, storage);
  await screen.findByRole('heading', { level: 1, name: assessment.answers.projectTitle as string });
}

describe('the task list of an open assessment', () => {
  it('says how the PDF is headed once, in the Publication details task, beside the downloads', async () => {
    await openTaskListOf(buildExampleAssessment());
    const summary = /Appendix B · Education and Training Committee, 11 September 2019/;
    expect(document.body.textContent!.match(new RegExp(summary, 'g'))).toHaveLength(1);
    expect(screen.getByRole('link', { name: /Publication details/ })).toHaveAccessibleDescription(summary);
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download accessible version (HTML)' })).toBeInTheDocument();
  });
});

describe('an assessment whose language is not the interface language', () => {
  afterEach(() => activateLanguage('en'));

  it('says, on a Welsh page, that the form is in English because the assessment is written in English, and where to change it', async () => {
    await activateLanguage('cy');
    await openTaskListOf(buildExampleAssessment());
    const notice = screen.getByText(/Mae’r asesiad hwn wedi’i ysgrifennu yn Saesneg/);
    expect(notice).toHaveTextContent(
      'Mae’r asesiad hwn wedi’i ysgrifennu yn Saesneg, felly mae geiriad y ffurflen yn Saesneg. I’w ysgrifennu yn Gymraeg, newidiwch ei iaith ar Manylion cyhoeddi.',
    );
    expect(within(notice).getByRole('link', { name: 'Manylion cyhoeddi' })).toHaveAttribute(
      'href',
      expect.stringContaining('/publication'),
    );
  });

  it('says nothing when they are the same', async () => {
    await openTaskListOf(buildExampleAssessment());
    expect(screen.queryByText(/This assessment is written in/)).toBeNull();
  });
});
