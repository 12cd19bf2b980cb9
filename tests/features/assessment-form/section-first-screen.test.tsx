import { cleanup, render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import { AssessmentEditor, type EditorView } from '@/features/assessment-form/assessment-editor.tsx';
import { buildExampleAssessment } from '../../builders.ts';
import { largeAssessment, largeTemplate } from '../../../scripts/bench/large-template.ts';

/** How many questions each commit left on the page, in order (the page as the browser paints it). */
function commitsOf(ui: ReactNode): { questions: number[] } {
  const questions: number[] = [];
  const location = memoryLocation({ path: '/' });
  render(
    <Router hook={location.hook}>
      <Profiler
        id="editor"
        onRender={() => questions.push(document.querySelectorAll('[data-question-id]').length)}
      >
        {ui}
      </Profiler>
    </Router>,
  );
  return { questions: [...new Set(questions)] };
}

const definition = largeTemplate();
const template = localiseTemplate(definition);
const assessment = largeAssessment(definition);
const s2 = template.sections.find((s) => s.id === 's2')!;

function editor(view: EditorView, a = assessment, t = template) {
  return (
    <AssessmentEditor
      assessment={a}
      template={t}
      loadKey="a"
      view={view}
      onAnswersChange={() => {}}
      onCompletedSectionsChange={() => {}}
    />
  );
}

describe('a long section shows its first screen first', () => {
  it('paints its first questions at once and the rest just after, then offers to mark it completed', async () => {
    // Section 2 of the 150-question template: four action-plan tables of ten rows and more, 218 controls.
    const { questions } = commitsOf(editor({ page: 'section', sectionId: 's2' }));
    const first = questions.find((n) => n > 0)!;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(s2.questions.length);
    expect(questions.at(-1)).toBe(s2.questions.length);
    // Every question is there in the end, in order, and the completion button after them.
    const shown = [...document.querySelectorAll('[data-question-id]')].map((e) =>
      e.getAttribute('data-question-id'),
    );
    expect(shown).toEqual(s2.questions.map((q) => q.id));
    expect(await screen.findByRole('button', { name: 'Mark this section as completed' })).toBeInTheDocument();
  });

  it('shows every question at once when the page opens on one of them (a Change link), and focuses it', () => {
    const last = s2.questions.at(-1)!;
    const { questions } = commitsOf(editor({ page: 'section', sectionId: 's2', focusQuestionId: last.id }));
    expect(questions.filter((n) => n > 0)).toEqual([s2.questions.length]);
    expect(document.activeElement?.closest('[data-question-id]')?.getAttribute('data-question-id')).toBe(
      last.id,
    );
  });

  it('shows every section of the HCPC form at once, as before', () => {
    const hcpc = currentTemplate;
    const example = buildExampleAssessment();
    for (const section of hcpc.sections) {
      const { questions } = commitsOf(editor({ page: 'section', sectionId: section.id }, example, hcpc));
      expect(questions.filter((n) => n > 0)).toEqual([section.questions.length]);
      cleanup();
    }
  });
});
