import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { MergeOutcome } from '@/components/merge-outcome.tsx';
import type { FileImportOutcome } from '@/storage/files/import-files.ts';
import { type ImportChoice as Choice, type ImportDecisions } from '@/storage/import-store.ts';
import { type Repository } from '@/storage/repository.ts';
import { ImportProgress, type ImportProgressState } from './import-progress.tsx';
import { ImportSummary } from './import-summary.tsx';
import { FileUpload, clearFileUpload } from '@/components/file-upload.tsx';
import { fileProblemText } from '@/components/i18n/file-problem-text.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * Reading and checking files, and the page that asks what to do with an assessment already here, load
 * when a file is chosen: the home page's first load carries neither (`npm run bench -- bundle`).
 */
const loadImportFiles = () => import('@/storage/files/import-files.ts');
const loadImportChoice = () => import('./import-choice.tsx');
const ImportChoice = lazy(() => loadImportChoice().then((m) => ({ default: m.ImportChoice })));

type Pending = Extract<FileImportOutcome, { kind: 'needs-choice' }>;
type Done = Exclude<FileImportOutcome, Pending> | { kind: 'cancelled'; fileName: string };

/**
 * Import one or more .eia.json files (or PDFs exported by EIA Builder). Each file is checked in full
 * before anything is stored; a bad file is named with its problems and nothing from it is written.
 */
export function ImportAssessments({ repository }: { repository: Repository }) {
  const id = useId();
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgressState | null>(null);
  const [noFile, setNoFile] = useState(false);
  const [done, setDone] = useState<Done[]>([]);
  const [queue, setQueue] = useState<Pending[]>([]);
  const errors = done.filter((d): d is Extract<Done, { kind: 'error' }> => d.kind === 'error');
  const imported = done.filter((d): d is Extract<Done, { kind: 'imported' }> => d.kind === 'imported');
  const cancelled = done.filter((d) => d.kind === 'cancelled');

  useEffect(() => {
    if (errors.length > 0 && queue.length === 0) errorRef.current?.focus();
  }, [errors.length, queue.length]);

  const run = async () => {
    if (busy) return; // a second press while files are read does nothing (the button stays enabled: focus stays)
    const files = [...(inputRef.current?.files ?? [])];
    setNoFile(files.length === 0);
    if (files.length === 0) {
      // What an earlier attempt reported is about files no longer chosen: only "Select a file" stays.
      setDone([]);
      return;
    }
    setBusy(true);
    setDone([]);
    setQueue([]);
    const [{ importFile }] = await Promise.all([loadImportFiles(), loadImportChoice()]);
    const finished: Done[] = [];
    const pending: Pending[] = [];
    for (const [fileIndex, file] of files.entries()) {
      const where = { fileIndex, fileCount: files.length, fileName: file.name };
      const outcome = await importFile(repository, file, {
        onImportProgress: (p) => setProgress({ ...p, ...where }),
      });
      if (outcome.kind === 'needs-choice') pending.push(outcome);
      else finished.push(outcome);
    }
    setDone(finished);
    setQueue(pending);
    setBusy(false);
    setProgress(null);
    clearFileUpload(inputRef.current);
  };

  const resolveFirst = async (choices: Record<string, Choice> | null, decisions: ImportDecisions = {}) => {
    const [first, ...rest] = queue;
    if (!first) return;
    const { finishImport } = await loadImportFiles();
    const outcome: Done = choices
      ? ((await finishImport(repository, first, choices, undefined, decisions)) as Done)
      : { kind: 'cancelled', fileName: first.fileName };
    setDone((d) => [...d, outcome]);
    setQueue(rest);
  };

  const [first] = queue;
  const importedRows = imported.flatMap((d) =>
    d.items
      .filter((item) => !item.merge)
      .map((item) => ({ id: item.id, title: item.title, language: item.language, fileName: d.fileName })),
  );
  const merged = imported.flatMap((d) =>
    d.items.flatMap((item) => (item.merge ? [{ ...item, merge: item.merge, fileName: d.fileName }] : [])),
  );
  return (
    <>
      {merged.map((item) => (
        <div key={item.id}>
          <MergeOutcome result={item.merge} fileName={item.fileName} />
          <ul className="govuk-list">
            <li>
              <Link href={paths.assessment(item.id)}>{t('library.openTitle', { title: item.title })}</Link>
            </li>
          </ul>
        </div>
      ))}
      {importedRows.length > 0 && <ImportSummary rows={importedRows} />}
      {cancelled.length > 0 && (
        <p className="govuk-body" role="status">
          {t('import.notImported', { files: cancelled.map((c) => `“${c.fileName}”`).join(', ') })}
        </p>
      )}
      {errors.length > 0 && (
        <div className="govuk-error-summary" data-module="govuk-error-summary" ref={errorRef} tabIndex={-1}>
          <div role="alert">
            <h2 className="govuk-error-summary__title">
              {errors.length === 1 ? t('import.oneFailed') : t('import.manyFailed', { count: errors.length })}
            </h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">
                {errors.length === 1 ? t('import.nothingSavedOne') : t('import.nothingSavedMany')}
              </p>
              <ul className="govuk-list govuk-error-summary__list">
                {errors.flatMap((e) =>
                  e.coded.map((problem, i) => (
                    <li key={`${e.fileName}-${i}`}>
                      <a href={`#${id}-file`} onClick={(ev) => focusInput(ev, inputRef.current)}>
                        {/* Coded by the import path, worded by the catalogue (the CLI prints the English). */}
                        {fileProblemText(problem)}
                      </a>
                    </li>
                  )),
                )}
              </ul>
            </div>
          </div>
        </div>
      )}
      {progress && <ImportProgress progress={progress} />}
      {first ? (
        <Suspense fallback={null}>
          <ImportChoice
            key={first.fileName}
            pending={first}
            now={repository.now()}
            onContinue={(choices, decisions) => void resolveFirst(choices, decisions)}
            onCancel={() => void resolveFirst(null)}
          />
        </Suspense>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <div className={`govuk-form-group${noFile ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--s" htmlFor={`${id}-file`}>
              {t('import.label')}
            </label>
            <div className="govuk-hint" id={`${id}-hint`}>
              {t('import.hint')}
            </div>
            {noFile && (
              <p className="govuk-error-message" id={`${id}-error`}>
                <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span>{' '}
                {t('import.selectFile')}
              </p>
            )}
            <FileUpload
              inputRef={inputRef}
              invalid={noFile}
              id={`${id}-file`}
              multiple
              accept=".eia.json,.json,.pdf,application/json,application/pdf"
              // Start loading the file checks as soon as a file is chosen, so "Import" does not wait for them.
              onFiles={preload}
              aria-describedby={noFile ? `${id}-hint ${id}-error` : `${id}-hint`}
            />
          </div>
          <button type="submit" className="govuk-button govuk-button--secondary">
            {busy ? t('import.importing') : t('import.import')}
          </button>
        </form>
      )}
    </>
  );
}

function focusInput(event: React.MouseEvent, input: HTMLInputElement | null) {
  event.preventDefault();
  // The enhanced control's button has the input's id (the input itself is hidden behind it).
  const control = input?.id ? document.getElementById(input.id.replace(/-input$/, '')) : null;
  (control ?? input)?.focus();
}

const preload = () => void Promise.all([loadImportFiles(), loadImportChoice()]).catch(() => undefined);
