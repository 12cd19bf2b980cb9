/**
 * Which React components rendered, for tests that check what a change re-renders (loaded by vitest.config.ts
 * before anything imports react-dom). React calls a DevTools hook (`__REACT_DEVTOOLS_GLOBAL_HOOK__`) on every
 * commit; this minimal hook walks the committed fiber tree the way React DevTools does and records each
 * component that did work, by name and key (`QuestionEditor#age`). It records nothing until a test calls
 * `recordRenders()`.
 */
type Fiber = {
  tag: number;
  key: string | null;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
};

const PERFORMED_WORK = 1;
const FUNCTION = 0;
const CLASS = 1;
const FORWARD_REF = 11;
const MEMO = 14;
const SIMPLE_MEMO = 15;

let log: string[] | null = null;

function nameOf(fiber: Fiber): string | null {
  const type = fiber.type as
    { name?: string; displayName?: string; render?: { name?: string }; type?: { name?: string } } | undefined;
  switch (fiber.tag) {
    case FUNCTION:
    case CLASS:
    case SIMPLE_MEMO:
      return type?.displayName ?? type?.name ?? null;
    case FORWARD_REF:
      return type?.displayName ?? type?.render?.name ?? null;
    case MEMO:
      // The memo wrapper: its inner component is recorded as its own fiber when it renders.
      return null;
    default:
      return null;
  }
}

function visit(fiber: Fiber, out: string[]) {
  const mounted = fiber.alternate === null;
  const name = nameOf(fiber);
  if (name && (mounted || (fiber.flags & PERFORMED_WORK) !== 0)) {
    out.push(fiber.key === null ? name : `${name}#${fiber.key}`);
  }
  if (mounted || fiber.child !== fiber.alternate!.child) {
    for (let c = fiber.child; c; c = c.sibling) visit(c, out);
  }
}

let nextId = 1;
const renderers = new Map<number, unknown>();
(globalThis as unknown as { __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  renderers,
  inject(renderer: unknown) {
    const id = nextId++;
    renderers.set(id, renderer);
    return id;
  },
  checkDCE() {},
  onScheduleFiberRoot() {},
  onCommitFiberUnmount() {},
  onPostCommitFiberRoot() {},
  onCommitFiberRoot(_id: number, root: { current: Fiber }) {
    if (log) visit(root.current, log);
  },
};

/** Starts recording renders; returns the list that each commit appends to (`Name#key`). */
export function recordRenders(): string[] {
  log = [];
  return log;
}

export function stopRecordingRenders(): void {
  log = null;
}
