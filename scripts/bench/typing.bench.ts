import type { Browser, Page } from 'playwright-core';
import type { BenchContext, Figure } from './types.ts';

/**
 * Issue 2 part 8: how quickly a keystroke reaches the screen, in Chromium on the production build, in a
 * section 3 textarea ("Age") of an assessment whose every answer holds 2,000 characters.
 *
 * Method. In the page, a capturing `keydown` listener on window notes the event's time stamp (when the
 * browser received the key, so time the main thread was busy before handling it counts); a
 * requestAnimationFrame callback then notes the start of the next frame: "keystroke → next frame" is the gap.
 * The frame's rendering is timed too (a message posted from that rAF callback arrives after the frame's
 * style, layout and paint), and so is the app's own work (keydown → after the `input` event's handlers and
 * the React commit they cause, which React flushes in a microtask). Keys are typed with page.keyboard.type,
 * 50 ms apart (a fast typist), 250 keystrokes per run.
 *
 * Typing starts once the app's service worker has finished installing (serviceWorkerSettled).
 *
 * Baselines in the same run and browser: the same keystrokes in a plain <textarea> holding 2,000 characters
 * (page.setContent on about:blank), and in section 3 of a new, empty assessment. A frame is ~16.7 ms here,
 * so "keystroke → next frame" includes waiting for the frame boundary (up to one frame) even on a plain page;
 * compare against the baseline.
 *
 * React commits are counted without changing app code: a minimal React DevTools hook
 * (`__REACT_DEVTOOLS_GLOBAL_HOOK__`, which production React also calls on every commit) is installed before
 * the app loads, and each commit's fiber tree is walked the way React DevTools does to list the components
 * that rendered (named by the first element they render, since production names are minified).
 */

export const KEYSTROKES = 250;
const KEY_DELAY_MS = 50;
const ANSWER_LENGTH = 2000;

type Sample = {
  /** keydown event time stamp (ms since time origin). */
  at: number;
  /** Start of the next frame (performance.now() in the rAF callback). */
  frame: number;
  /** After that frame's rendering work. */
  painted: number;
  /** After the input event's handlers and microtasks (the React commit). */
  processed: number;
  commits: number;
  rendered: string[];
};

type Run = {
  name: string;
  samples: Sample[];
  slowEvents: number;
  /**
   * Main-thread CPU time (thread time, not wall time) from each keydown to the next, from a Chromium
   * trace: everything the page did for that keystroke (script, style, layout, paint, saves) however busy
   * the machine was. Only when asked for (typeAndCollect's `cpu`).
   */
  cpu?: number[];
  /**
   * CPU time per keystroke of every process of the browser (browser, renderer, GPU, network…), from
   * SystemInfo.getProcessInfo before and after the run, divided by the keystrokes. The renderer's main
   * thread is not all a keystroke costs: Chromium's autofill, for one, re-reads a form in the renderer and
   * parses it again in the browser process (off the page's main thread, but on the same CPUs) whenever a
   * label in it changed. Includes the recording's own small overhead (and the trace's, when `cpu` is on).
   */
  allProcessesMs?: number;
};

/** Installed before any page script: records React commits and the components each one rendered. */
export const DEVTOOLS_HOOK = `(() => {
  const PERFORMED_WORK = 1;
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const HOST_COMPONENT = 5;
  const name = (el) => {
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : '';
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + cls;
  };
  const describe = (fiber) => {
    let f = fiber.child;
    while (f && f.tag !== HOST_COMPONENT) f = f.child;
    if (f && f.stateNode && f.stateNode.tagName) return name(f.stateNode);
    let up = fiber.return;
    while (up && up.tag !== HOST_COMPONENT) up = up.return;
    return '(no element, inside ' + (up && up.stateNode ? name(up.stateNode) : 'the root') + ')';
  };
  const rendered = (root) => {
    const out = [];
    const visit = (fiber) => {
      const mounted = fiber.alternate === null;
      if (COMPONENT_TAGS.has(fiber.tag) && (mounted || (fiber.flags & PERFORMED_WORK) !== 0)) out.push(describe(fiber));
      if (mounted || fiber.child !== fiber.alternate.child) {
        for (let c = fiber.child; c; c = c.sibling) visit(c);
      }
    };
    visit(root.current);
    return out;
  };
  let nextId = 1;
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) { const id = nextId++; this.renderers.set(id, renderer); return id; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      const t = window.__typing;
      if (!t || !t.on) return;
      const sample = t.samples[t.samples.length - 1];
      if (!sample) return;
      sample.commits += 1;
      sample.rendered.push(...rendered(root));
    },
  };
})();`;

/** Starts recording in the page: one sample per keydown. */
export async function startRecording(page: Page) {
  await page.evaluate(() => {
    type PageSample = {
      at: number;
      frame: number;
      painted: number;
      processed: number;
      commits: number;
      rendered: string[];
    };
    const state = { on: true, samples: [] as PageSample[], slowEvents: 0 };
    (window as unknown as { __typing: typeof state }).__typing = state;
    addEventListener(
      'keydown',
      (event) => {
        const sample: PageSample = {
          at: event.timeStamp,
          frame: 0,
          painted: 0,
          processed: 0,
          commits: 0,
          rendered: [],
        };
        state.samples.push(sample);
        requestAnimationFrame(() => {
          sample.frame = performance.now();
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            sample.painted = performance.now();
          };
          channel.port2.postMessage(0);
        });
      },
      { capture: true },
    );
    addEventListener('input', () => {
      const sample = state.samples[state.samples.length - 1];
      if (sample) queueMicrotask(() => (sample.processed = performance.now()));
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') state.slowEvents += 1;
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
  });
}

/** Trace events as Chromium reports them (only the fields read here). */
type TraceEvent = {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
};

/** Starts a Chromium trace of the page; the returned function stops it and gives its events. */
async function startTrace(page: Page): Promise<() => Promise<TraceEvent[]>> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    return events;
  };
}

/** Main-thread CPU time (ms) of the tasks that started between one keydown and the next. */
function cpuPerKeystroke(events: TraceEvent[]): number[] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const keydowns = onMain
    .filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  return keydowns.map((from, i) => {
    const to = keydowns[i + 1] ?? from + KEY_DELAY_MS * 1000;
    // The keydown's own task starts just before its EventDispatch.
    const inside = tasks.filter((t) => t.ts >= from - 1000 && t.ts < to - 1000);
    return inside.reduce((sum, t) => sum + (t.tdur ?? 0), 0) / 1000;
  });
}

/**
 * Waits until the app's service worker is installed and active (at most 30 s). On a first visit it
 * precaches every asset of the app (the PDF renderer among them) just after the page loads: measured then,
 * a keystroke shares the processor with that one-time download and store (the service worker's thread and
 * the browser's network and disk threads), which a person typing in the app later never does.
 */
export async function serviceWorkerSettled(page: Page): Promise<void> {
  await page.evaluate(() =>
    'serviceWorker' in navigator
      ? Promise.race([
          navigator.serviceWorker.ready.then(() => undefined),
          new Promise<void>((resolve) => setTimeout(resolve, 30_000)),
        ])
      : undefined,
  );
}

/** CPU seconds used so far by every process of the page's browser (10 ms resolution). */
export async function browserCpuSeconds(page: Page): Promise<number | undefined> {
  const browser = page.context().browser();
  if (!browser) return undefined;
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo' as never)) as {
      processInfo: Array<{ cpuTime: number }>;
    };
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  } catch {
    return undefined;
  } finally {
    await cdp.detach();
  }
}

export async function typeAndCollect(
  page: Page,
  name: string,
  options: { cpu?: boolean } = {},
): Promise<Run> {
  await startRecording(page);
  const processesBefore = await browserCpuSeconds(page);
  const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
  const text = words.repeat(Math.ceil(KEYSTROKES / words.length)).slice(0, KEYSTROKES);
  const stopTrace = options.cpu ? await startTrace(page) : null;
  await page.keyboard.type(text, { delay: KEY_DELAY_MS });
  await page.waitForFunction((n) => {
    const t = (window as unknown as { __typing: { samples: Array<{ painted: number }> } }).__typing;
    return t.samples.length >= n && t.samples.every((s) => s.painted > 0);
  }, KEYSTROKES);
  await page.waitForTimeout(200);
  const processesAfter = await browserCpuSeconds(page);
  const cpu = stopTrace ? cpuPerKeystroke(await stopTrace()) : undefined;
  const run = await page.evaluate((runName) => {
    const t = (window as unknown as { __typing: { on: boolean; samples: Sample[]; slowEvents: number } })
      .__typing;
    t.on = false;
    return { name: runName, samples: t.samples, slowEvents: t.slowEvents };
  }, name);
  const allProcessesMs =
    processesBefore !== undefined && processesAfter !== undefined
      ? ((processesAfter - processesBefore) * 1000) / KEYSTROKES
      : undefined;
  return {
    ...run,
    ...(cpu ? { cpu } : {}),
    ...(allProcessesMs !== undefined ? { allProcessesMs } : {}),
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

function longAnswer(seed: string): string {
  const base = `${seed}: the quick brown fox jumps over the lazy dog. ŵ ŷ. `;
  return base.repeat(Math.ceil(ANSWER_LENGTH / base.length)).slice(0, ANSWER_LENGTH);
}

/** Moves the caret to the end of the focused field's text. */
async function caretToEnd(page: Page, id: string) {
  await page.locator(`#${id}`).focus();
  await page.evaluate((fieldId) => {
    const field = document.getElementById(fieldId) as HTMLTextAreaElement;
    field.setSelectionRange(field.value.length, field.value.length);
  }, id);
}

async function newAssessment(page: Page, baseURL: string): Promise<string> {
  await page.goto(`${baseURL}/`);
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.waitForURL(/#\/assessments\/[^/]+$/);
  await page.getByRole('heading', { level: 1, name: 'Untitled assessment' }).waitFor();
  return decodeURIComponent(/#\/assessments\/([^/]+)/.exec(page.url())![1]!);
}

async function openSection(page: Page, baseURL: string, id: string, sectionId: string) {
  await page.goto(`${baseURL}/#/assessments/${encodeURIComponent(id)}/sections/${sectionId}`);
  await page
    .locator('h1')
    .filter({ hasText: /^Section / })
    .waitFor();
}

/** Every answer of the assessment filled with 2,000 characters, through the form, and saved. */
async function fillEveryAnswer(page: Page, baseURL: string, id: string) {
  for (const sectionId of ['overview', 'evidence', 'analysis', 'welsh-language', 'summary', 'action-plan']) {
    await openSection(page, baseURL, id, sectionId);
    // The answers only (registered with the form by name), not the comment boxes beside them.
    const fields = await page.locator('form textarea[name], form input[type="text"][name]').all();
    for (const field of fields) {
      const fieldId = (await field.getAttribute('id')) ?? '';
      if (fieldId === 'dateAgreed-day') await field.fill('11');
      else if (fieldId === 'dateAgreed-month') await field.fill('9');
      else if (fieldId === 'dateAgreed-year') await field.fill('2019');
      else await field.fill(longAnswer(fieldId));
    }
  }
  await page.locator('[data-save-state="saved"]').waitFor();
}

async function measureApp(browser: Browser, baseURL: string, filled: boolean): Promise<Run> {
  const context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.addInitScript(DEVTOOLS_HOOK);
  const page = await context.newPage();
  const id = await newAssessment(page, baseURL);
  if (filled) await fillEveryAnswer(page, baseURL, id);
  await openSection(page, baseURL, id, 'analysis');
  const length = await page.locator('#age').evaluate((el) => (el as HTMLTextAreaElement).value.length);
  if (length !== (filled ? ANSWER_LENGTH : 0)) throw new Error(`The Age answer holds ${length} characters.`);
  await serviceWorkerSettled(page);
  await caretToEnd(page, 'age');
  await page.waitForTimeout(500);
  const run = await typeAndCollect(
    page,
    filled ? 'assessment, every answer 2,000 characters' : 'empty assessment',
  );
  const typed = await page.locator('#age').evaluate((el) => (el as HTMLTextAreaElement).value.length);
  if (typed !== length + KEYSTROKES) throw new Error(`Typed ${typed - length} of ${KEYSTROKES} characters.`);
  await context.close();
  return run;
}

async function measurePlainTextarea(browser: Browser): Promise<Run> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('about:blank');
  await page.setContent('<label for="t">Plain</label><textarea id="t" rows="10" cols="80"></textarea>');
  await page.locator('#t').fill(longAnswer('plain'));
  await caretToEnd(page, 't');
  await page.waitForTimeout(500);
  const run = await typeAndCollect(page, 'plain <textarea>');
  await context.close();
  return run;
}

export function summarise(run: Run, key: string, target?: number): Figure[] {
  const s = run.samples;
  const toFrame = s.map((x) => x.frame - x.at);
  const toPaint = s.map((x) => x.painted - x.at);
  const work = s.filter((x) => x.processed > 0).map((x) => x.processed - x.at);
  const note = `${s.length} keystrokes, ${run.name}`;
  return [
    { name: `${key}: keystroke → next frame, p50`, value: percentile(toFrame, 50), unit: 'ms', note },
    { name: `${key}: keystroke → next frame, p95`, value: percentile(toFrame, 95), unit: 'ms', target, note },
    { name: `${key}: keystroke → frame rendered, p95`, value: percentile(toPaint, 95), unit: 'ms' },
    {
      name: `${key}: keystroke → input handled (incl. React commit), p95`,
      value: percentile(work, 95),
      unit: 'ms',
    },
    {
      name: `${key}: keystrokes with an Event Timing duration ≥ 16 ms`,
      value: run.slowEvents,
      unit: `of ${s.length}`,
    },
    ...(run.cpu && run.cpu.length > 0
      ? [
          {
            name: `${key}: main-thread CPU per keystroke (trace thread time), p50`,
            value: percentile(run.cpu, 50),
            unit: 'ms CPU',
            note: `${run.cpu.length} keystrokes; all the page's main-thread work from one keydown to the next`,
          },
          {
            name: `${key}: main-thread CPU per keystroke (trace thread time), p95`,
            value: percentile(run.cpu, 95),
            unit: 'ms CPU',
          },
        ]
      : []),
    ...(run.allProcessesMs !== undefined
      ? [
          {
            name: `${key}: CPU per keystroke, every browser process (mean)`,
            value: run.allProcessesMs,
            unit: 'ms CPU',
            note: `SystemInfo.getProcessInfo over the ${s.length} keystrokes: renderer, browser, GPU and the rest${run.cpu ? ', tracing included' : ''}`,
          },
        ]
      : []),
  ];
}

export function commitFigures(run: Run, key: string): Figure[] {
  const commits = run.samples.map((x) => x.commits);
  const components = run.samples.map((x) => x.rendered.length);
  const what = new Map<string, number>();
  for (const sample of run.samples) for (const r of sample.rendered) what.set(r, (what.get(r) ?? 0) + 1);
  const common = [...what]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, n]) => `${name} ×${n}`)
    .join(', ');
  if (commits.every((n) => n === 0)) {
    return [
      {
        name: `${key}: React commits per keystroke`,
        value: Number.NaN,
        unit: 'commits',
        note: 'not measured: React never called the DevTools hook (did it load before the hook?)',
      },
    ];
  }
  return [
    {
      name: `${key}: React commits per keystroke, median (max)`,
      value: percentile(commits, 50),
      unit: `commits (max ${Math.max(...commits)})`,
      note: `${commits.reduce((a, b) => a + b, 0)} commits for ${commits.length} keystrokes`,
    },
    {
      name: `${key}: components rendered per keystroke, median (max)`,
      value: percentile(components, 50),
      unit: `components (max ${Math.max(...components)})`,
      note: `what rendered, by first element, over the run: ${common}`,
    },
  ];
}

export default async function typing(ctx: BenchContext): Promise<Figure[]> {
  const browser = await ctx.browser();
  const plain = await measurePlainTextarea(browser);
  const empty = await measureApp(browser, ctx.baseURL, false);
  const full = await measureApp(browser, ctx.baseURL, true);
  return [
    ...summarise(full, 'full EIA', 16),
    ...commitFigures(full, 'full EIA'),
    ...summarise(empty, 'empty EIA'),
    ...commitFigures(empty, 'empty EIA'),
    ...summarise(plain, 'baseline plain textarea'),
  ];
}
