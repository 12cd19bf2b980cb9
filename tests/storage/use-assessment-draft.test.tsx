import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useId } from 'react';
import { describe, expect, it } from 'vitest';
import { type AssessmentDraft, useAssessmentDraft } from '@/storage/use-assessment-draft.ts';
import { createAppStorage, type AppStorage } from '@/storage/app-storage.ts';
import { StorageProvider } from '@/storage/storage-context.tsx';
import { DraftBanners } from '@/components/draft-banners.tsx';
import { SaveStatus } from '@/components/save-status.tsx';
import { buildAssessment } from '../builders.ts';
import { fakeLockManager } from './fake-locks.ts';
import { testDatabase } from './support.ts';

let formRenders = 0;

/** Stands in for the real editor: an uncontrolled field that reports every keystroke, like react-hook-form's subscribe. */
function FakeEditor({ draft }: { draft: AssessmentDraft }) {
  formRenders++;
  const id = useId();
  if (!draft.assessment) return null;
  return (
    <>
      <label htmlFor={id}>Age</label>
      <textarea
        id={id}
        key={draft.loadKey}
        readOnly={draft.readOnly}
        defaultValue={draft.assessment.answers.age as string}
        onChange={(e) => draft.onAnswersChange({ ...draft.assessment!.answers, age: e.target.value })}
      />
    </>
  );
}

function Container({ id }: { id: string }) {
  const draft = useAssessmentDraft(id, { pageLifecycle: false });
  if (draft.state === 'loading') return <p>Loading</p>;
  if (draft.state === 'missing') return <p>Not found</p>;
  return (
    <>
      <DraftBanners draft={draft} />
      <SaveStatus status={draft.saveStatus} />
      <FakeEditor draft={draft} />
    </>
  );
}

function appStorage(name = `ui-${crypto.randomUUID()}`, locks: AppStorage['locks'] = null, tabId = 'A') {
  return createAppStorage(testDatabase(name), { locks, tabId });
}

function renderDraft(storage: AppStorage, id: string) {
  return render(
    <StrictMode>
      <StorageProvider storage={storage}>
        <Container id={id} />
      </StorageProvider>
    </StrictMode>,
  );
}

describe('useAssessmentDraft with the save status and banners', () => {
  it('stores typing without re-rendering the form, and says when it was saved', async () => {
    const storage = appStorage();
    const a = buildAssessment();
    await storage.repository.create(a);
    renderDraft(storage, a.id);
    const field = await screen.findByLabelText('Age');
    const before = formRenders;
    await userEvent.type(field, 'Younger staff');
    await waitFor(async () =>
      expect((await storage.repository.get(a.id))?.assessment.answers.age).toBe('Younger staff'),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(/^Saved at \d\d:\d\d$/);
    expect(formRenders).toBe(before);
  });

  it('shows a missing assessment as missing', async () => {
    renderDraft(appStorage(), 'no-such-id');
    expect(await screen.findByText('Not found')).toBeInTheDocument();
  });

  it('tells the user at once when storage is full, keeps the text and offers a download', async () => {
    const storage = appStorage();
    const a = buildAssessment();
    await storage.repository.create(a);
    storage.repository.save = async () => {
      throw Object.assign(new Error('aborted'), {
        name: 'AbortError',
        inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }),
      });
    };
    renderDraft(storage, a.id);
    const field = await screen.findByLabelText('Age');
    await userEvent.type(field, 'Not lost');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your latest changes have not been saved');
    expect(alert).toHaveTextContent('storage for EIA Builder is full');
    expect(screen.getByRole('button', { name: 'Download a copy of this assessment' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Not saved');
    expect(field).toHaveValue('Not lost');
  });

  it('opens the assessment read-only in a second tab, which can take over', async () => {
    const name = `ui-${crypto.randomUUID()}`;
    const locks = fakeLockManager();
    const tabA = appStorage(name, locks, 'A');
    const tabB = appStorage(name, locks, 'B');
    const a = buildAssessment({ answers: { age: 'from tab A' } });
    await tabA.repository.create(a);
    const first = renderDraft(tabA, a.id);
    await screen.findByLabelText('Age');
    const second = render(
      <StorageProvider storage={tabB}>
        <Container id={a.id} />
      </StorageProvider>,
      { container: document.body.appendChild(document.createElement('div')) },
    );
    const banner = await second.findByRole('region', { name: 'Important' });
    expect(banner).toHaveTextContent('This assessment is open in another tab, so you can only read it here');
    expect(second.getByLabelText('Age')).toHaveAttribute('readonly');
    await act(() => userEvent.click(second.getByRole('button', { name: 'Edit it here instead' })));
    await waitFor(() => expect(second.getByLabelText('Age')).not.toHaveAttribute('readonly'));
    await waitFor(() =>
      expect(first.getByRole('region', { name: 'Important' })).toHaveTextContent(
        'You are now editing this assessment in another tab',
      ),
    );
  });
});
