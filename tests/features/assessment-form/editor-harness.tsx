import { type Answers } from '@schemas/answers.ts';
import { type Assessment } from '@schemas/assessment.ts';
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { paths } from '@/components/paths.ts';
import {
  AssessmentEditor,
  type EditorSlots,
  type EditorView,
} from '@/features/assessment-form/assessment-editor.tsx';
import { buildAssessment } from '../../builders.ts';

/** What storage would hold: the last answers and completed sections the editor reported. */
export type Stored = { answers: Answers; completedSections: string[]; answerReports: number };

type EditorOptions = { loadKey?: string; readOnly?: boolean; slots?: EditorSlots };

/** The view for a route, as the app's router gives it to the editor. */
export function viewFromPath(path: string): EditorView | null {
  const match = /^\/assessments\/[^/]+(?:\/(check)|\/sections\/([^/]+)(?:\/([^/]+))?)?$/.exec(path);
  if (!match) return null;
  if (match[1]) return { page: 'check' };
  if (match[2]) return { page: 'section', sectionId: match[2], focusQuestionId: match[3] };
  return { page: 'tasks' };
}

/**
 * Mounts ONE editor, as the app does, and changes only its `view` as the (in-memory) route changes.
 * Routes the editor does not own render a marker, so tests can see where a link went.
 */
export function renderEditor(options: EditorOptions & { assessment?: Assessment; path?: string } = {}) {
  const assessment = options.assessment ?? buildAssessment();
  const location = memoryLocation({ path: options.path ?? paths.assessment(assessment.id), record: true });
  const stored: Stored = {
    answers: assessment.answers,
    completedSections: assessment.completedSections,
    answerReports: 0,
  };

  function Harness({ assessment, loadKey, readOnly, slots }: EditorOptions & { assessment: Assessment }) {
    const [path] = useLocation();
    const view = viewFromPath(path);
    if (!view) return <p data-testid="elsewhere">{path}</p>;
    return (
      <AssessmentEditor
        assessment={assessment}
        loadKey={loadKey ?? assessment.id}
        view={view}
        readOnly={readOnly}
        slots={slots}
        onAnswersChange={(answers) => {
          stored.answers = answers;
          stored.answerReports += 1;
        }}
        onCompletedSectionsChange={(completedSections) => {
          stored.completedSections = completedSections;
        }}
      />
    );
  }

  const ui = (props: EditorOptions & { assessment: Assessment }) => (
    <Router hook={location.hook}>
      <Harness {...props} />
    </Router>
  );
  const result = render(ui({ ...options, assessment }));
  return {
    ...result,
    user: userEvent.setup(),
    stored,
    location,
    path: () => location.history?.at(-1),
    navigate: (path: string) => act(() => location.navigate(path)),
    rerenderEditor: (props: EditorOptions & { assessment: Assessment }) => result.rerender(ui(props)),
  };
}
