import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '@/components/i18n/use-locale.ts';
import { type ImportProgress as Progress } from '@/storage/files/import-files.ts';

export type ImportProgressState = Progress & { fileIndex: number; fileCount: number; fileName: string };

/** Share of the bar each phase fills, in order (checking and making the library rows take the longest). */
const PHASES: Record<Progress['phase'], { from: number; share: number; message: string }> = {
  reading: { from: 0, share: 0, message: 'import.progress.read' },
  checking: { from: 0, share: 0.45, message: 'import.progress.checked' },
  summarising: { from: 0.45, share: 0.4, message: 'import.progress.prepared' },
  writing: { from: 0.85, share: 0.15, message: 'import.progress.saved' },
};

/** How often the polite status is allowed to change (the bar itself moves with every slice). */
const ANNOUNCE_EVERY_MS = 2000;

/**
 * While files are imported: a native <progress> with its label (GOV.UK has no progress bar) and a polite
 * status saying which file and how many of its assessments are done. The status changes at most every
 * two seconds and when the phase changes, so a screen reader is not flooded.
 */
export function ImportProgress({ progress }: { progress: ImportProgressState }) {
  const t = useT();
  const id = useId();
  const phase = PHASES[progress.phase];
  const fraction = progress.total > 0 ? progress.done / progress.total : 0;
  const files = progress.fileCount;
  const overall = (progress.fileIndex + phase.from + phase.share * fraction) / files;
  const line =
    t('import.progress.file', { index: progress.fileIndex + 1, files, file: progress.fileName }) +
    ' ' +
    (progress.total === 0
      ? t('import.progress.reading')
      : t(phase.message, { done: progress.done, total: progress.total }));
  const announced = useThrottled(line, `${progress.fileIndex}-${progress.phase}`);
  return (
    <div className="govuk-form-group app-import-progress">
      <label className="govuk-label govuk-label--s" htmlFor={`${id}-bar`}>
        {t('import.progress.label', { files })}
      </label>
      <progress
        id={`${id}-bar`}
        className="app-progress"
        max={100}
        value={Math.round(overall * 100)}
        aria-describedby={`${id}-status`}
      >
        {Math.round(overall * 100)}%
      </progress>
      <p className="govuk-body govuk-!-margin-top-2" id={`${id}-status`} role="status">
        {announced}
      </p>
      <p className="govuk-hint">{t('import.progress.keepUsing')}</p>
    </div>
  );
}

/** `value`, changed at most every ANNOUNCE_EVERY_MS unless `key` changes. */
function useThrottled(value: string, key: string): string {
  const [shown, setShown] = useState(value);
  const last = useRef({ at: 0, key });
  useEffect(() => {
    const now = performance.now();
    if (key !== last.current.key || now - last.current.at >= ANNOUNCE_EVERY_MS) {
      last.current = { at: now, key };
      setShown(value);
    }
  }, [value, key]);
  return shown;
}
