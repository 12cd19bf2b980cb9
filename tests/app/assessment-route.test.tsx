import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AssessmentRoute } from '@/app/assessment-route.tsx';
import { buildExampleAssessment } from '../builders.ts';
import { renderWithStorage, testStorage } from '../features/render-with-storage.tsx';

/** The task list of an open assessment, as the app route composes it from the editor and the other features. */
describe('the task list of an open assessment', () => {
  async function openTaskList() {
    const storage = testStorage();
    const assessment = buildExampleAssessment();
    await storage.repository.create(assessment);
    renderWithStorage(<AssessmentRoute id={assessment.id} rest={undefined} />, storage);
    await screen.findByRole('heading', { level: 1, name: assessment.answers.projectTitle as string });
  }

  it('says how the PDF is headed once, in the Publication details task, beside the downloads', async () => {
    await openTaskList();
    const summary = /Appendix B · Education and Training Committee, 11 September 2019/;
    expect(document.body.textContent!.match(new RegExp(summary, 'g'))).toHaveLength(1);
    expect(screen.getByRole('link', { name: /Publication details/ })).toHaveAccessibleDescription(summary);
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download accessible version (HTML)' })).toBeInTheDocument();
  });
});
