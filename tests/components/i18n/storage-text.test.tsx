import { render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { saveFailureText, storageProblemText } from '@/components/i18n/storage-text.ts';
import { SaveConflictBanner } from '@/components/save-conflict-banner.tsx';
import { SaveFailureBanner } from '@/components/save-failure-banner.tsx';
import type { SaveStatusStore } from '@/storage/use-assessment-draft.ts';
import {
  classifyStorageError,
  ConflictError,
  MissingError,
  RefusedError,
  storageProblem,
} from '@/storage/storage-errors.ts';

/**
 * Issue 12: the storage's error texts (the save failure and conflict banners, and the short explanation of
 * a failed import, delete, restore…) come from the interface's catalogue: English exactly as before,
 * Welsh in Welsh, with no English left in a Welsh banner.
 */
const named = (name: string, message = '') => Object.assign(new Error(message), { name });

const ERRORS: Array<[string, unknown]> = [
  ['quota', named('QuotaExceededError')],
  ['quota inside an AbortError', Object.assign(named('AbortError'), { inner: named('QuotaExceededError') })],
  ['closed', named('DatabaseClosedError')],
  ['unavailable', named('SecurityError')],
  ['conflict', new ConflictError('a1', 3, '2026-01-01T00:00:00.000Z')],
  ['missing', new MissingError('a1')],
  ['unknown', named('UnknownError', 'something odd')],
  [
    'refused (history)',
    new RefusedError('That version is no longer in the history, so it cannot be restored.', {
      code: 'historyGone',
      values: {},
    }),
  ],
  [
    'refused (import)',
    new RefusedError(
      '"Bus routes" is in the bin, so the file cannot be merged into it. Put it back first, or choose to replace it or keep both.',
      {
        code: 'importInBin',
        values: { title: 'Bus routes' },
      },
    ),
  ],
];

function failedStatus(error: unknown): SaveStatusStore {
  const status = { state: 'failed', failure: classifyStorageError(error) } as const;
  return { getStatus: () => status as never, subscribe: () => () => undefined };
}

afterEach(() => document.body.replaceChildren());

describe('storage errors in English', () => {
  beforeAll(() => activateLanguage('en'));

  it.each(ERRORS)('words %s exactly as src/storage’s English', (_, error) => {
    const failure = classifyStorageError(error);
    expect(saveFailureText(failure)).toBe(failure.message);
    expect(storageProblemText(error)).toBe(storageProblem(error));
  });
});

describe('storage errors in Welsh', () => {
  beforeAll(() => activateLanguage('cy'));
  afterAll(() => activateLanguage('en'));

  it('says in Welsh why a save failed, in the banner, with no English left', () => {
    render(
      <SaveFailureBanner
        status={failedStatus(named('QuotaExceededError'))}
        onDownload={vi.fn(() => null)}
        onRetry={vi.fn(() => Promise.resolve(true))}
      />,
    );
    expect(
      screen.getByText(
        'Mae storfa eich porwr ar gyfer EIA Builder yn llawn, felly ni chafodd eich newidiadau diweddaraf eu cadw. Maen nhw’n dal ar y dudalen hon.',
      ),
    ).toBeInTheDocument();
    expect(document.body.querySelector('[lang="en"]')).toBeNull();
    expect(document.body.textContent).not.toMatch(/storage|saved|changes/);
  });

  it('says in Welsh that another tab changed the assessment', () => {
    render(
      <SaveConflictBanner
        status={failedStatus(new ConflictError('a1', 3, '2026-01-01T00:00:00.000Z'))}
        onResolve={vi.fn(() => Promise.resolve())}
        onDownload={vi.fn(() => null)}
      />,
    );
    expect(
      screen.getByText(/^Newidiwyd yr asesiad hwn mewn tab neu ffenestr arall ar ôl i chi ei agor yma\./),
    ).toBeInTheDocument();
    expect(document.body.querySelector('[lang="en"]')).toBeNull();
  });

  it('words other storage problems and refusals in Welsh', () => {
    expect(storageProblemText(named('DatabaseClosedError'))).toBe(
      'Cafodd EIA Builder ei ddiweddaru mewn tab arall. Ail-lwythwch y dudalen hon, yna rhowch gynnig arall arni.',
    );
    expect(storageProblemText(named('UnknownError'))).toBe(
      'Nid oedd modd i’r porwr ei storio (dywedodd: UnknownError).',
    );
    expect(storageProblemText(ERRORS[8]![1])).toBe(
      'Mae “Bus routes” yn y bin, felly nid oes modd cyfuno’r ffeil ag ef. Rhowch ef yn ôl yn gyntaf, neu dewiswch ei ddisodli neu gadw’r ddau.',
    );
  });
});
