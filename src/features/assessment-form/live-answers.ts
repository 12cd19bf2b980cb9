import { type Answers } from '@schemas/answers.ts';

/**
 * The answers of the open assessment as typed so far, parsed (each answer as its kind holds it), as a
 * small external store: the pieces that show something worked out from the answers (a section's status,
 * the title in the caption, a character count) subscribe with useSyncExternalStore and re-render only
 * when what they show changes. An answer the person did not change stays the very same object (or
 * string) from one keystroke to the next, so what is worked out from it can be kept by identity.
 */
export type LiveAnswers = {
  get(): Answers;
  /** Called after every change to a field of the form (even one that leaves the parsed answer as it was). */
  subscribe(listener: () => void): () => void;
  /** A field of the form changed (`name` is react-hook-form's, e.g. "q24.9.cells.action"). */
  fieldChanged(name: string): void;
  /** Another assessment (or another version of it) was loaded into the form. */
  load(answers: Answers): void;
  /** How a field change is read (set by the form's hook once it is mounted). */
  readWith(read: (name: string) => Answers | false): void;
};

/** `read(name)` re-reads the answer the field belongs to: the new answers, or false when unchanged. */
export function createLiveAnswers(initial: Answers): LiveAnswers {
  let current = initial;
  let read: (name: string) => Answers | false = () => false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fieldChanged(name) {
      const next = read(name);
      if (next) current = next;
      notify();
    },
    load(answers) {
      current = answers;
      notify();
    },
    readWith(reader) {
      read = reader;
    },
  };
}
