import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LibraryPage } from '@/features/library/library-page.tsx';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { buildAssessment, buildExampleAssessment } from '../../builders.ts';
import { captureDownloads, renderWithStorage, testStorage } from '../render-with-storage.tsx';

let downloads: ReturnType<typeof captureDownloads> | null = null;
afterEach(() => downloads?.restore());

const file = (name: string, text: string) => new File([text], name, { type: 'application/json' });

async function seeded() {
  const storage = testStorage();
  await storage.repository.create(
    buildAssessment({
      id: 'a',
      updatedAt: '2026-01-02T09:00:00.000Z',
      answers: { projectTitle: 'Social media guidance', assessorName: 'Katherine Timms' },
    }),
  );
  await storage.repository.create(
    buildAssessment({
      id: 'b',
      status: 'agreed',
      updatedAt: '2026-01-03T09:00:00.000Z',
      answers: { projectTitle: 'Registration fees' },
    }),
  );
  return storage;
}

// The import screens (file checks, the choice for an assessment already here, the side-by-side comparison)
// load on demand in the app; load them once before the tests, so no step waits on compiling them.
beforeAll(() =>
  Promise.all([
    import('@/storage/files/import-files.ts'),
    import('@/features/library/import-choice.tsx'),
    import('@/features/library/answer-comparison.tsx'),
  ]),
);

describe('LibraryPage', () => {
  it('invites the user to start when nothing is stored', async () => {
    renderWithStorage(<LibraryPage />);
    expect(await screen.findByText(/You have no assessments yet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start a new assessment' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the example' })).toBeInTheDocument();
    // Nothing to export or keep safe yet: no greyed-out button (GOV.UK: avoid disabled buttons), and no
    // "Keeping your assessments safe" section repeating the footer.
    expect(screen.getByRole('heading', { name: 'Import and export' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export all assessments' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Keeping your assessments safe' })).not.toBeInTheDocument();
  });

  it('lists every assessment with title, assessor, status, sections completed and last edited', async () => {
    renderWithStorage(<LibraryPage />, await seeded());
    const table = await screen.findByRole('table', { name: 'Your assessments' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Registration fees',
      'Social media guidance',
    ]);
    expect(rows[1]).toHaveTextContent('Katherine Timms');
    expect(rows[1]).toHaveTextContent('Draft');
    expect(rows[1]).toHaveTextContent('0 of 6');
    expect(rows[1]).toHaveTextContent('2 January 2026 at 9:00am');
    expect(screen.getByText('Showing 1 to 2 of 2 assessments', { exact: false })).toHaveAttribute(
      'role',
      'status',
    );
  });

  it('searches by title and filters by status', async () => {
    renderWithStorage(<LibraryPage />, await seeded());
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Search by title or assessor'), 'soc');
    await waitFor(() =>
      expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Social media guidance']),
    );
    await userEvent.clear(screen.getByLabelText('Search by title or assessor'));
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Agreed');
    await waitFor(() =>
      expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Registration fees']),
    );
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'Returned');
    expect(await screen.findByText(/No assessments match your search/)).toBeInTheDocument();
  });

  it('starts a new assessment and opens it', async () => {
    const { location, storage } = renderWithStorage(<LibraryPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Start a new assessment' }));
    await waitFor(() => expect(location.history.at(-1)).toMatch(/^\/assessments\/[\w-]+$/));
    const id = decodeURIComponent(location.history.at(-1)!.split('/').pop()!);
    expect((await storage.repository.get(id))?.assessment.status).toBe('draft');
  });

  it('opens the example with the seed’s answers', async () => {
    const { location, storage } = renderWithStorage(<LibraryPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Open the example' }));
    await waitFor(() => expect(location.history.at(-1)).toMatch(/^\/assessments\//));
    const id = decodeURIComponent(location.history.at(-1)!.split('/').pop()!);
    const example = (await storage.repository.get(id))!.assessment;
    expect(example.answers.projectTitle).toBe('Social media guidance updates 2019');
    // A finished EIA looks finished: every section whose answers pass its checks is marked completed (a user
    // test saw "0 of 6" on a filled-in example and took it for an empty one).
    expect(example.completedSections).toEqual([
      'overview',
      'evidence',
      'analysis',
      'welsh-language',
      'summary',
      'action-plan',
    ]);
  });

  it('moves an assessment to the bin with Undo', async () => {
    const { storage } = renderWithStorage(<LibraryPage />, await seeded());
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Delete Social media guidance' }));
    expect(await screen.findByText('“Social media guidance” was moved to the bin.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(1));
    await userEvent.click(screen.getByRole('button', { name: 'Undo deleting Social media guidance' }));
    expect(
      await screen.findByText('“Social media guidance” is back in your assessments.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(2));
    expect((await storage.repository.get('a'))?.assessment.answers.assessorName).toBe('Katherine Timms');
  });

  it('makes a copy to start from an earlier EIA', async () => {
    renderWithStorage(<LibraryPage />, await seeded());
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: 'Make a copy of Registration fees' }));
    expect(await screen.findByRole('link', { name: 'Open “Copy of Registration fees”' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getAllByRole('rowheader').map((c) => c.textContent)).toContain(
        'Copy of Registration fees',
      ),
    );
  });

  it('imports a good file and names what was imported', async () => {
    const { storage } = renderWithStorage(<LibraryPage />);
    const a = buildExampleAssessment();
    await userEvent.upload(
      await screen.findByLabelText('Import assessments from files'),
      file('seed.eia.json', serialiseEnvelope(buildEnvelope([a]))),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const banner = (await screen.findByText('Imported 1 assessment')).closest('.govuk-notification-banner');
    // The banner names it (the table below may list it too, once the library has re-read its rows).
    expect(
      within(banner as HTMLElement).getByRole('link', { name: 'Social media guidance updates 2019' }),
    ).toBeInTheDocument();
    expect((await storage.repository.get(a.id))?.assessment).toEqual(a);
    // Focus moves to what happened (a user test lost it: the Import button was disabled under it while the
    // file was read, and focus fell to the page), and the button stays a button that can be found again.
    await waitFor(() => expect(banner).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled();
  });

  it('names the file and the problem for a bad file, and stores nothing', async () => {
    const { storage } = renderWithStorage(<LibraryPage />);
    const good = buildAssessment({ id: 'good' });
    const bad = { ...buildExampleAssessment(), answers: { ...buildExampleAssessment().answers, age: 42 } };
    const text = JSON.stringify({ ...buildEnvelope([good]), assessments: [good, bad] });
    await userEvent.upload(await screen.findByLabelText('Import assessments from files'), [
      file('old.eia.json', text),
      file('notes.eia.json', 'not json'),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('2 files could not be imported');
    expect(summary).toHaveTextContent(
      '"old.eia.json": assessment 2 ("Social media guidance updates…"), "Age" should be text but is a number.',
    );
    expect(summary).toHaveTextContent('"notes.eia.json" is not an EIA Builder file: it is not valid JSON');
    expect(await storage.repository.get('good')).toBeUndefined();
  });

  it('clears an earlier file’s problems when Import is pressed again with no file chosen', async () => {
    renderWithStorage(<LibraryPage />);
    await userEvent.upload(await screen.findByLabelText('Import assessments from files'), [
      file('notes.eia.json', 'not json'),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('"notes.eia.json" is not an EIA Builder file');
    // The file input is emptied after an attempt; pressing Import again asks for a file, and the
    // summary no longer describes a file that is not being imported.
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Select a file to import')).toBeInTheDocument();
    expect(screen.queryByText(/notes\.eia\.json/)).toBeNull();
    expect(screen.queryByText('A file could not be imported')).toBeNull();
  });

  it('asks whether to replace or keep both when an id already exists', async () => {
    const storage = testStorage();
    await storage.repository.create(
      buildAssessment({ id: 'x', answers: { projectTitle: 'Mine', age: 'local' } }),
    );
    renderWithStorage(<LibraryPage />, storage);
    // Made separately (no status change in common), so it cannot be merged: replace or keep both.
    const incoming = buildAssessment({
      id: 'x',
      answers: { projectTitle: 'Mine', age: 'from the file' },
      statusHistory: [{ status: 'draft', at: '2026-02-01T09:00:00.000Z', by: '', note: '', revision: 1 }],
    });
    await userEvent.upload(
      await screen.findByLabelText('Import assessments from files'),
      file('x.eia.json', serialiseEnvelope(buildEnvelope([incoming]))),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByRole('heading', { name: '“x.eia.json”: an assessment is already here' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Continue importing' }));
    expect(
      await screen.findByRole('link', { name: 'Select whether to replace “Mine” or keep both' }),
    ).toBeInTheDocument();
    expect((await storage.repository.get('x'))?.assessment.answers.age).toBe('local');
    await userEvent.click(screen.getByLabelText('Keep both'));
    await userEvent.click(screen.getByRole('button', { name: 'Continue importing' }));
    expect(await screen.findByText('Imported 1 assessment')).toBeInTheDocument();
    expect((await storage.repository.listSummaries()).total).toBe(2);
    expect((await storage.repository.get('x'))?.assessment.answers.age).toBe('local');
  });

  it('exports everything as one file, which clears the backup reminder', async () => {
    downloads = captureDownloads();
    const storage = await seeded();
    renderWithStorage(<LibraryPage />, storage);
    expect(
      await screen.findByText(/You have not exported a backup of your assessments yet/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export all assessments' }));
    expect(
      await screen.findByText(
        /^Exported 2 assessments to “eia-builder-all-assessments-\d{4}-\d\d-\d\d\.eia\.json”$/,
      ),
    ).toBeInTheDocument();
    const [exported] = downloads.files;
    const envelope = JSON.parse(await exported!.text) as {
      format: string;
      assessments: Array<{ id: string }>;
    };
    expect(envelope.format).toBe('eia-builder/assessments');
    expect(envelope.assessments.map((a) => a.id).sort()).toEqual(['a', 'b']);
    await waitFor(() => expect(screen.queryByText(/You have not exported a backup/)).not.toBeInTheDocument());
  });

  it('asks for a reload when another tab upgrades the database', async () => {
    const storage = await seeded();
    renderWithStorage(<LibraryPage />, storage);
    await screen.findByRole('table');
    const newer = new Dexie(storage.repository.db.name, { indexedDB, IDBKeyRange });
    newer.version(storage.repository.db.verno + 1).stores({ assessments: '&id' });
    await newer.open();
    expect(
      await screen.findByText('EIA Builder was updated in another tab: reload this page'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    newer.close();
  });
});
