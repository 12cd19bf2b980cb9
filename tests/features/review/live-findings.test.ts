import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentTemplate } from '@schemas/templates/index.ts';
import { createLiveFindings } from '@/features/review/live-findings.ts';
import { buildExampleAssessment } from '../../builders.ts';

describe('createLiveFindings', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const seed = buildExampleAssessment();
  const titlesOn = (list: { questionId: string; title: string }[], id: string) =>
    list.filter((f) => f.questionId === id).map((f) => f.title);

  it('recomputes once typing pauses, and tells its subscribers', () => {
    const live = createLiveFindings(currentTemplate, seed, { delayMs: 300 });
    const heard = vi.fn();
    live.subscribe(heard);
    expect(titlesOn(live.get(), 'otherGroups')).toEqual(['“n/a” does not answer the question']);

    live.setAnswers({ ...seed.answers, otherGroups: 'Carers' });
    live.setAnswers({
      ...seed.answers,
      otherGroups: 'Carers may post about the people they care for, so we added an example.',
    });
    vi.advanceTimersByTime(299);
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(titlesOn(live.get(), 'otherGroups')).toEqual([]);
  });

  it('does not set a new timer for every keystroke, and recomputes once typing pauses', () => {
    const live = createLiveFindings(currentTemplate, seed, { delayMs: 300 });
    const heard = vi.fn();
    live.subscribe(heard);
    const timers = vi.spyOn(globalThis, 'setTimeout');
    for (let i = 1; i <= 20; i++) {
      live.setAnswers({
        ...seed.answers,
        otherGroups: `Carers may post about the people they care for ${i}`,
      });
      vi.advanceTimersByTime(50);
    }
    expect(timers.mock.calls.length).toBeLessThanOrEqual(4);
    timers.mockRestore();
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(249);
    expect(heard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(heard).toHaveBeenCalledTimes(1);
    expect(titlesOn(live.get(), 'otherGroups')).toEqual([]);
  });

  it('recomputes at once when the stored record changes, dropping typing it already holds', () => {
    const live = createLiveFindings(currentTemplate, seed);
    live.setAnswers({ ...seed.answers, race: '' });
    const saved = { ...seed, answers: { ...seed.answers, race: '' } };
    live.setAssessment(saved);
    expect(titlesOn(live.get(), 'race')).toEqual(['Not answered']);
    vi.runAllTimers();
    expect(titlesOn(live.get(), 'race')).toEqual(['Not answered']);
  });
});
