/**
 * Which "Send for review" steps were taken in this browser: the assessment's id and the time of the step,
 * remembered in localStorage (in memory for this page if storage is not available). With no accounts this
 * is how the task list tells the assessor who sent it (export it and send the file) from the reviewer who
 * imported that file (review it). Only the last 200 steps are kept.
 */
const KEY = 'eia-builder:sent-here';
const LIMIT = 200;
let memory: string[] = [];

function read(): string[] {
  try {
    const raw = window.localStorage.getItem(KEY);
    const value: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return memory;
  }
}

const keyOf = (assessmentId: string, at: string) => `${assessmentId}@${at}`;

export function rememberSentHere(assessmentId: string, at: string): void {
  const next = [...read().filter((k) => k !== keyOf(assessmentId, at)), keyOf(assessmentId, at)].slice(
    -LIMIT,
  );
  try {
    window.localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    memory = next;
  }
}

export function wasSentHere(assessmentId: string, at: string): boolean {
  return read().includes(keyOf(assessmentId, at));
}
