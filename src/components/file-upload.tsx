import { useEffect, useRef, type InputHTMLAttributes, type Ref } from 'react';
import type { FileUploadTranslations } from 'govuk-frontend/dist/govuk/components/file-upload/file-upload.mjs';
import { t } from '@/components/i18n/i18n.ts';
import { useInterfaceLang, useLocale } from '@/components/i18n/use-locale.ts';

type FileUploadProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'ref'> & {
  id: string;
  inputRef?: Ref<HTMLInputElement>;
  /** The files chosen, whether picked or dropped on the control. */
  onFiles?: (files: FileList) => void;
  /** Shown with the GOV.UK error style. */
  invalid?: boolean;
};

/**
 * The GOV.UK file upload (govuk-frontend 6, enhanced): a "Choose file" button, "or drop file", and what is
 * chosen, worded from our catalogue (`fileUpload.*`) instead of the browser's own "Choose Files" / "No file
 * chosen", which are in the browser's language whatever the page's. Its JavaScript is govuk-frontend's own,
 * loaded with the control; until it runs (or where it cannot, as in tests) the plain file input works.
 *
 * The label (`<label for={id}>`), hint and error are the caller's, as for any field. The control is made
 * again when the language changes, or when what describes it changes, so its words and `aria-describedby`
 * follow. `clearFileUpload(input)` empties it after an import.
 */
export function FileUpload({ id, inputRef, onFiles, invalid = false, className, ...props }: FileUploadProps) {
  const locale = useLocale();
  const lang = useInterfaceLang();
  const rootRef = useRef<HTMLDivElement>(null);
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  }, [onFiles]);
  const multiple = Boolean(props.multiple);
  const describedBy = props['aria-describedby'] ?? '';

  useEffect(() => {
    const root = rootRef.current;
    const input = root?.querySelector('input');
    if (!root || !input) return;
    // A native listener: a dropped file's "change" does not bubble, so React's onChange would not hear it.
    const changed = () => onFilesRef.current?.(input.files ?? new DataTransfer().files);
    input.addEventListener('change', changed);
    let live = true;
    if (document.body.classList.contains('govuk-frontend-supported')) {
      void import('govuk-frontend/dist/govuk/components/file-upload/file-upload.mjs')
        .then(({ FileUpload: Enhanced }) => {
          if (!live || root.hasAttribute('data-govuk-file-upload-init')) return;
          new Enhanced(root, { i18n: fileUploadTranslations(multiple, lang) });
          // The button's visible text runs its status into "Choose file" with no space ("dewisDewis"), so its
          // name (label, status, button) does not contain it as read (axe label-content-name-mismatch).
          root.querySelector('.govuk-file-upload-button__status')?.after(' ');
        })
        .catch(() => undefined); // the plain input stays, and works
    }
    return () => {
      live = false;
      input.removeEventListener('change', changed);
    };
  }, [multiple, lang, describedBy]);

  return (
    // Keyed by what the enhanced control copies when it is made: its words and what describes the input.
    <div key={`${locale} ${describedBy}`}>
      <div className="govuk-file-upload-wrapper" data-module="govuk-file-upload" ref={rootRef}>
        <input
          {...props}
          ref={inputRef}
          id={id}
          type="file"
          className={['govuk-file-upload', invalid && 'govuk-file-upload--error', className]
            .filter(Boolean)
            .join(' ')}
        />
      </div>
    </div>
  );
}

/** Empties a file upload after its files are used, and has its status say so ("No file chosen"). */
export function clearFileUpload(input: HTMLInputElement | null): void {
  if (!input) return;
  input.value = '';
  input.dispatchEvent(new Event('change'));
}

/**
 * The control's words from our catalogue. Its count of chosen files is govuk-frontend's own plural lookup
 * (`%{count}` in one text per CLDR form of the language): each form's text is the catalogue's plural
 * message worded for a number of that form.
 */
export function fileUploadTranslations(multiple: boolean, lang: string): FileUploadTranslations {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  const chosen: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const form of rules.resolvedOptions().pluralCategories) {
    const n = Array.from({ length: 200 }, (_, i) => i).find((i) => rules.select(i) === form);
    if (n === undefined) continue;
    chosen[form] = t('fileUpload.filesChosen', { count: n }).replace(numbers.format(n), '%{count}');
  }
  return {
    chooseFilesButton: t(multiple ? 'fileUpload.chooseFiles' : 'fileUpload.chooseFile'),
    dropInstruction: t(multiple ? 'fileUpload.dropFiles' : 'fileUpload.dropFile'),
    noFileChosen: t('fileUpload.noFileChosen'),
    multipleFilesChosen: chosen,
    enteredDropZone: t('fileUpload.enteredDropZone'),
    leftDropZone: t('fileUpload.leftDropZone'),
  };
}
