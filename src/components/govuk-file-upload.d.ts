// govuk-frontend 6 ships JavaScript without type declarations; this is the part file-upload.tsx uses.
declare module 'govuk-frontend/dist/govuk/components/file-upload/file-upload.mjs' {
  export type FileUploadTranslations = {
    chooseFilesButton?: string;
    dropInstruction?: string;
    noFileChosen?: string;
    multipleFilesChosen?: Partial<Record<Intl.LDMLPluralRule, string>>;
    enteredDropZone?: string;
    leftDropZone?: string;
  };
  export class FileUpload {
    constructor($root: Element, config?: { i18n?: FileUploadTranslations });
  }
}
