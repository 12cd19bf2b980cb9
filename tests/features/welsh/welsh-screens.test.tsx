import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { activateLanguage } from '@/components/i18n/i18n.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { summariseAssessment } from '@/domain/assessment-summary.ts';
import { AnswerDifferences } from '@/features/library/answer-differences.tsx';
import type { ImportConflict } from '@/storage/import-store.ts';
import { planVersionMove } from '@/domain/version-move.ts';
import { ImportProgress } from '@/features/library/import-progress.tsx';
import { ImportSummary } from '@/features/library/import-summary.tsx';
import { MoveVersionPage } from '@/features/template-version/move-version-page.tsx';
import { kindWords } from '@/features/template-version/kind-words.ts';
import { LibraryPage } from '@/features/library/library-page.tsx';
import { buildExampleAssessment } from '../../builders.ts';
import { renderWithStorage } from '../render-with-storage.tsx';
import { hcpcNextVersion } from '../../hcpc-next-version.ts';

/**
 * Issue 12: the import screens and the move-to-version page in Welsh, from the catalogue, with Welsh plural
 * forms (CLDR: zero, one, two, few, many, other) wherever a number is shown.
 */
beforeAll(() => activateLanguage('cy'));
afterAll(() => activateLanguage('en'));

const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `a${i}`, title: `Asesiad ${i}`, fileName: 'eia.eia.json' }));

describe('the import summary in Welsh', () => {
  it.each([
    [1, 'Mewnforiwyd 1 asesiad'],
    [2, 'Mewnforiwyd 2 asesiad'],
    [3, 'Mewnforiwyd 3 asesiad'],
    [6, 'Mewnforiwyd 6 asesiad'],
    [250, 'Mewnforiwyd 250 asesiad'],
  ])('names %i imported assessments in Welsh', (n, heading) => {
    render(<ImportSummary rows={rows(n)} />);
    expect(screen.getByText(heading)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      `Mae'r mewnforio wedi gorffen: mewnforiwyd ${n} asesiad.`,
    );
    if (n > 5) expect(screen.getByText(`Dangos y rhestr o ${n} asesiad`)).toBeInTheDocument();
    else expect(screen.getAllByText('o “eia.eia.json”')).toHaveLength(n);
    expect(document.body.textContent).not.toMatch(/Imported|assessments?\b|Success/);
  });
});

describe('the import progress in Welsh', () => {
  it('labels the bar and says how far it has got, with the numbers formatted', () => {
    render(
      <ImportProgress
        progress={{
          phase: 'checking',
          done: 2500,
          total: 10000,
          fileIndex: 0,
          fileCount: 2,
          fileName: 'mawr.eia.json',
        }}
      />,
    );
    expect(screen.getByLabelText('Yn mewnforio 2 ffeil')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Ffeil 1 o 2 (“mawr.eia.json”): wedi gwirio 2,500 o 10,000 asesiad.',
    );
  });

  it('says "your file" for one file', () => {
    render(
      <ImportProgress
        progress={{ phase: 'reading', done: 0, total: 0, fileIndex: 0, fileCount: 1, fileName: 'a.eia.json' }}
      />,
    );
    expect(screen.getByLabelText('Yn mewnforio eich ffeil')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent("Ffeil 1 o 1 (“a.eia.json”): wrthi'n ei darllen.");
  });
});

describe('the move-to-version page in Welsh', () => {
  const example = buildExampleAssessment({ completedSections: ['evidence'] });

  it('says what will change in Welsh, with counts in Welsh plural forms and "Dim" for none', () => {
    const plan = planVersionMove(example, hcpcEia201810Definition, hcpcNextVersion);
    render(
      <MoveVersionPage
        assessmentId={example.id}
        title="Social media guidance updates 2019"
        formTitle="Equality, Diversity and Inclusion Impact Assessment"
        plan={plan}
        readOnly={false}
        onConfirm={vi.fn(() => Promise.resolve(null))}
      />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Symud yr asesiad hwn i fersiwn 2026-01' }),
    ).toHaveFocus();
    const row = (key: string) =>
      screen.getAllByRole('term').find((dt) => dt.textContent === key)?.nextElementSibling?.textContent;
    expect(row("Atebion sy'n symud drosodd fel y maent")).toBe('21 ateb');
    expect(row("Atebion sy'n symud i gwestiwn o fath newydd")).toBe('Dim');
    expect(row("Cwestiynau newydd i'w hateb")).toBe('3 chwestiwn');
    expect(row("Adrannau i'w marcio fel rhai wedi'u cwblhau eto")).toBe('1 adran');
    expect(screen.getByText('Yn cael ei ofyn bellach fel ie neu na')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Symud i fersiwn 2026-01' })).toBeInTheDocument();
    // The form's own title is English on this Welsh page: it is marked so.
    expect(screen.getByText('Equality, Diversity and Inclusion Impact Assessment')).toHaveAttribute(
      'lang',
      'en-GB',
    );
    expect(document.title).toBe('Symud i fersiwn 2026-01 – EIA Builder');
  });

  it('refuses an agreed assessment in Welsh (the domain gives a problem code, not English)', () => {
    const agreed = { ...example, status: 'agreed' as const };
    render(
      <MoveVersionPage
        assessmentId={example.id}
        title="Social media guidance updates 2019"
        formTitle="HCPC"
        plan={planVersionMove(agreed, hcpcEia201810Definition, hcpcNextVersion)}
        readOnly={false}
        onConfirm={vi.fn(() => Promise.resolve(null))}
      />,
    );
    expect(
      screen.getByText(
        "Cytunwyd ar yr asesiad hwn, felly mae'n aros ar fersiwn 2018-10 o'r ffurflen. I'w symud i fersiwn 2026-01, dechreuwch ddiwygiad newydd yn gyntaf.",
      ),
    ).toBeInTheDocument();
  });

  it('names every question kind in Welsh', () => {
    expect(
      ['text', 'textarea', 'date', 'yes-no', 'choice', 'choices', 'impact', 'table'].map(kindWords),
    ).toEqual([
      'un llinell o destun',
      'testun',
      'dyddiad',
      'ie neu na',
      'un dewis o restr',
      'dewisiadau o restr',
      'sgôr effaith',
      'tabl',
    ]);
  });
});

describe('an answer that differs between a returned file and this browser, in Welsh', () => {
  const summary = summariseAssessment(buildExampleAssessment());
  const conflict: ImportConflict = {
    id: summary.id,
    where: 'library',
    existing: summary,
    incoming: summary,
    canMerge: true,
    differences: [{ questionId: 'age', theirs: 'Yr ateb newydd', yours: 'Old answer', changed: 'both' }],
    templateId: 'hcpc-eia',
    templateVersion: '2018-10',
  };

  it('shows the question in Welsh (the template has Welsh), the hints and choices from the catalogue', async () => {
    render(
      <AnswerDifferences idPrefix="x" conflict={conflict} decisions={{}} showErrors onDecide={vi.fn()} />,
    );
    expect(screen.getByRole('heading', { name: 'Mae 1 ateb yn wahanol yn y ffeil' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Oedran/ })).toHaveAccessibleName(
      expect.stringContaining(": cadw eu hateb nhw neu'ch un chi"),
    );
    expect(screen.getByText(/^Adran 3: Dadansoddiad fesul grŵp cydraddoldeb\./)).toBeInTheDocument();
    expect(screen.getByText(/Wedi newid yn y ffeil ac yma/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Cadw eu hun nhw' })).toBeInTheDocument();
    expect(
      screen.getByText(/Dewiswch p'un ai i gadw eu hateb nhw neu'ch un chi i “Oedran/),
    ).toBeInTheDocument();
    // The answers, kept as typed, are marked English on the Welsh page once the comparison has loaded.
    expect(await screen.findByText('Eu hun nhw (yn y ffeil)')).toBeInTheDocument();
    expect(screen.getByText('Old answer').closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(screen.getByText("wedi'u tanlinellu").tagName).toBe('INS');
  });
});

describe('RichMessage', () => {
  it('puts React nodes into a message, in the translation’s word order', () => {
    render(
      <p data-testid="m">
        <RichMessage id="import.differences.keepError" values={{ label: <b lang="en">Age</b> }} />
      </p>,
    );
    expect(screen.getByTestId('m')).toHaveTextContent(
      "Dewiswch p'un ai i gadw eu hateb nhw neu'ch un chi i “Age”",
    );
    expect(screen.getByText('Age').tagName).toBe('B');
  });
});

describe('a file that cannot be imported, on the Welsh page', () => {
  it('words the file’s problems in Welsh, from the catalogue (not English marked lang="en")', async () => {
    await import('@/storage/files/import-files.ts');
    renderWithStorage(<LibraryPage />);
    await userEvent.upload(await screen.findByLabelText('Mewnforio asesiadau o ffeiliau'), [
      new File(['not json'], 'notes.eia.json', { type: 'application/json' }),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Mewnforio' }));
    const problem = await screen.findByText(
      /^Nid yw “notes\.eia\.json” yn ffeil EIA Builder: nid yw’n JSON dilys/,
    );
    expect(problem.closest('[lang]')).toHaveAttribute('lang', 'cy');
    expect(screen.queryByText(/is not an EIA Builder file/)).toBeNull();
  });
});
