import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler, type ComponentProps } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AssessmentEditor } from '@/features/assessment-form/assessment-editor.tsx';
import type { Answers } from '@schemas/answers.ts';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';
import { largeAssessment, largeTemplate, ROWS } from '../../../scripts/bench/large-template.ts';
import { COUNT_ANNOUNCE_DELAY_MS } from '@/components/character-count.tsx';
import type * as QuestionFieldModule from '@/features/assessment-form/question-field.tsx';
import type * as TextareaFieldModule from '@/components/textarea-field.tsx';
import type * as TextInputModule from '@/components/text-input.tsx';
import type * as DateInputModule from '@/components/date-input.tsx';
import type * as LiveCharacterCountModule from '@/features/assessment-form/live-character-count.tsx';
import type * as SectionCompletionModule from '@/features/assessment-form/section-completion.tsx';
import type * as FieldReviewModule from '@/features/review/field-review.tsx';
import { currentTemplate } from '@schemas/templates/index.ts';
import { reviewSlots } from '@/features/review/review-slots.tsx';
import { useLiveFindings } from '@/features/review/use-live-findings.ts';
import type { Assessment } from '@schemas/assessment.ts';

/**
 * Measures which components render while the user types. Each component below is replaced by one
 * that counts its renders by field and then runs the real component's body (so its own hooks, and
 * the re-renders they cause, count too).
 */
const renders = vi.hoisted(() => {
  const counts = new Map<string, number>();
  return {
    counts,
    add: (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1),
    of: (prefix: string) =>
      [...counts].filter(([key]) => key.startsWith(prefix)).reduce((sum, [, n]) => sum + n, 0),
  };
});

vi.mock('@/features/assessment-form/question-field.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof QuestionFieldModule>();
  return {
    QuestionField: (props: ComponentProps<typeof real.QuestionField>) => {
      renders.add(`question:${props.question.id}`);
      return real.QuestionField(props);
    },
  };
});
vi.mock('@/components/textarea-field.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof TextareaFieldModule>();
  return {
    ...real,
    TextareaField: (props: ComponentProps<typeof real.TextareaField>) => {
      renders.add(`field:${props.id}`);
      return real.TextareaField(props);
    },
  };
});
vi.mock('@/components/text-input.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof TextInputModule>();
  return {
    TextInput: (props: ComponentProps<typeof real.TextInput>) => {
      renders.add(`field:${props.id}`);
      return real.TextInput(props);
    },
  };
});
vi.mock('@/components/date-input.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof DateInputModule>();
  return {
    ...real,
    DateInput: (props: ComponentProps<typeof real.DateInput>) => {
      renders.add(`field:${props.id}`);
      return real.DateInput(props);
    },
  };
});
vi.mock('@/features/assessment-form/live-character-count.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof LiveCharacterCountModule>();
  return {
    LiveCharacterCount: (props: ComponentProps<typeof real.LiveCharacterCount>) => {
      renders.add(`count:${props.name}`);
      return real.LiveCharacterCount(props);
    },
  };
});
vi.mock('@/features/assessment-form/section-completion.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof SectionCompletionModule>();
  return {
    SectionCompletion: (props: ComponentProps<typeof real.SectionCompletion>) => {
      renders.add('completion');
      return real.SectionCompletion(props);
    },
  };
});

vi.mock('@/features/review/field-review.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof FieldReviewModule>();
  return {
    FieldReview: (props: ComponentProps<typeof real.FieldReview>) => {
      renders.add(`review:${props.questionId}`);
      return real.FieldReview(props);
    },
  };
});

/** The editor with the review feature's slots, wired as the app's route wires them. */
function WithReview({ assessment }: { assessment: Assessment }) {
  const live = useLiveFindings(assessment, currentTemplate);
  return (
    <AssessmentEditor
      assessment={assessment}
      loadKey="a"
      view={{ page: 'section', sectionId: 'analysis' }}
      onAnswersChange={(answers) => live.setAnswers(answers)}
      onCompletedSectionsChange={() => {}}
      slots={reviewSlots({ assessment, template: currentTemplate, live, onUpdate: () => {} })}
    />
  );
}

async function renderSection(sectionId: string) {
  const commits: number[] = [];
  const assessment = buildAssessment({ answers: { assessorName: 'Sam Jones', age: 'Started.' } });
  const location = memoryLocation({ path: '/' });
  render(
    <Router hook={location.hook}>
      <Profiler id="editor" onRender={(_id, _phase, actualDuration) => commits.push(actualDuration)}>
        <AssessmentEditor
          assessment={assessment}
          loadKey="a"
          view={{ page: 'section', sectionId }}
          onAnswersChange={() => {}}
          onCompletedSectionsChange={() => {}}
        />
      </Profiler>
    </Router>,
  );
  // Let anything the first render started settle (effects, subscriptions), so that only typing counts.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  commits.length = 0;
  renders.counts.clear();
  return { commits };
}

describe('typing in the assessment form', () => {
  beforeEach(() => renders.counts.clear());

  it('re-renders only the character count of the field being typed in (section 1)', async () => {
    const user = userEvent.setup();
    const { commits } = await renderSection('overview');
    const text = 'Registration fees review';
    await user.type(screen.getByLabelText('Project / policy title'), text);

    expect(screen.getByLabelText('Project / policy title')).toHaveValue(text);
    expect(renders.of('question:')).toBe(0);
    expect(renders.of('field:')).toBe(0);
    expect(renders.of('completion')).toBe(0);
    expect(renders.of('count:assessorName')).toBe(0);
    expect(renders.of('count:intendedOutcomes')).toBe(0);
    // One small render per keystroke: the count of the field typed in, and nothing else.
    expect(renders.of('count:projectTitle')).toBe(text.length);
    expect(commits).toHaveLength(text.length);

    // The counters do see re-renders: marking the section completed (which shows errors) renders
    // every field again.
    await user.click(screen.getByRole('button', { name: 'Mark this section as completed' }));
    await screen.findByRole('alert');
    expect(renders.of('field:')).toBeGreaterThanOrEqual(5);
  });

  it('leaves the other ten fields of section 3 alone while one is typed in', async () => {
    const user = userEvent.setup();
    const { commits } = await renderSection('analysis');
    const field = screen.getByRole('textbox', { name: 'Disability' });
    // The user pauses after the first letter, longer than the count waits before it speaks.
    await user.type(field, 'N');
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, COUNT_ANNOUNCE_DELAY_MS + 200));
    });
    await user.type(field, 'o impact expected.');

    expect(field).toHaveValue('No impact expected.');
    expect(renders.of('question:')).toBe(0);
    expect(renders.of('field:')).toBe(0);
    const others = [...renders.counts.keys()].filter((key) => key !== 'count:disability');
    // Only the section's status may change (Not started → In progress would re-render the
    // completion block once); here the section was already started, so nothing else renders.
    expect(others).toEqual([]);
    // Long answers only show a count near their limit, so the count's output does not change.
    expect(renders.of('count:disability')).toBe(19);
    // One commit per keystroke, and nothing else: not even once the pause is over, as the count has
    // nothing new to say.
    expect(commits).toHaveLength(19);
    if (process.env.REPORT_RENDER_COST) {
      const total = commits.reduce((a, b) => a + b, 0);
      console.log(
        `19 keystrokes: ${commits.length} commits, ${total.toFixed(2)} ms rendering in all, max ${Math.max(...commits).toFixed(2)} ms`,
      );
    }
  });

  it('copies only the answer typed in, not the whole form, in a form of 40 tables of 10 rows', async () => {
    const user = userEvent.setup();
    const definition = largeTemplate();
    const assessment = largeAssessment(definition);
    const changes: Answers[] = [];
    const location = memoryLocation({ path: '/' });
    render(
      <Router hook={location.hook}>
        <AssessmentEditor
          assessment={assessment}
          template={localiseTemplate(definition)}
          loadKey="a"
          view={{ page: 'section', sectionId: 's2' }}
          onAnswersChange={(answers) => changes.push(answers)}
          onCompletedSectionsChange={() => {}}
        />
      </Router>,
    );
    const cell = document.getElementById(`q24-row-${ROWS}-action`)!;
    const before = (cell as HTMLInputElement).value;
    await user.click(cell);
    renders.counts.clear();
    // Every plain object react-hook-form copies is made with Object.create: a copy of every value of
    // this form is some 1,400 of them, per keystroke.
    const create = vi.spyOn(Object, 'create');
    await user.keyboard(' now');
    const made = create.mock.calls.length;
    create.mockRestore();

    expect(cell).toHaveValue(`${before} now`);
    // Each keystroke reaches storage, with the other answers kept as the very same objects.
    expect(changes).toHaveLength(4);
    expect((changes[3]!.q24 as unknown as Array<{ cells: { action: string } }>)[ROWS - 1]!.cells.action).toBe(
      `${before} now`,
    );
    expect(changes[3]!.q13).toBe(changes[0]!.q13);
    expect(changes[3]!.q25).toBe(changes[0]!.q25);
    expect(made).toBeLessThan(100);
    // And nothing on the page renders for it: no question, no field, not the section's status.
    expect(renders.of('question:')).toBe(0);
    expect(renders.of('field:')).toBe(0);
    expect(renders.of('completion')).toBe(0);
  });

  it('re-renders only the review of the answer whose findings changed, once typing pauses', async () => {
    const user = userEvent.setup();
    const location = memoryLocation({ path: '/' });
    render(
      <Router hook={location.hook}>
        <WithReview assessment={buildExampleAssessment()} />
      </Router>,
    );
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const field = document.getElementById('otherGroups')!;
    // "n/a" does not answer the question: that finding shows under the field.
    expect(field.closest('[data-question-id]')).toHaveTextContent('does not answer the question');
    renders.counts.clear();
    await user.click(field);
    await user.keyboard(': none of the guidance changes for carers, the survey of 1,200 riders showed.');
    // The findings are worked out again once typing pauses (300 ms).
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 600));
    });

    expect(field.closest('[data-question-id]')).not.toHaveTextContent('does not answer the question');
    expect(renders.of('review:otherGroups')).toBeGreaterThanOrEqual(1);
    const others = [...renders.counts.keys()].filter(
      (key) => key.startsWith('review:') && key !== 'review:otherGroups',
    );
    // The ten other groups' findings did not change: their reviews (findings, comments) are not rendered.
    expect(others).toEqual([]);
  });
});
