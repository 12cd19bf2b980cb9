import {
  fail,
  parseEiaBytes,
  parseEiaBytesInSlices,
  parseEiaText,
  parseEiaTextInSlices,
  tooBig,
  type EiaFileResult,
  type ParseOptions,
  type ParseProgress,
} from './parse-eia-file.ts';
import { phrase } from '@schemas/file-problems.ts';
import { MAX_FILE_BYTES } from './json-safety.ts';

/**
 * Reading a file the user chose (or a file on disk, for the command line): the size is checked before a
 * single byte is read; a PDF exported by EIA Builder is opened through its embedded .eia.json; everything
 * then goes through the one parse path (parse-eia-file.ts). No IndexedDB here: the caller decides what to
 * store, and nothing is stored unless the whole file is good.
 */

export type EmbeddedEiaJson = { fileName: string; text: string };
export type PdfAttachmentExtractor = (bytes: Uint8Array) => Promise<EmbeddedEiaJson | null>;

export type ReadOptions = ParseOptions & {
  /** Reads the .eia.json attached to an exported PDF. Defaults to src/storage/files/pdf-attachment.ts. */
  extractPdfAttachment?: PdfAttachmentExtractor;
  /**
   * Given, the file is checked a slice at a time with the browser's turn between slices (the page stays
   * usable with a large file), and this hears how many assessments are checked.
   */
  onProgress?: (progress: ParseProgress) => void;
};

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function isPdf(bytes: Uint8Array): boolean {
  return PDF_MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * The PDF attachment reader lives in its own module (src/storage/files/pdf-attachment.ts, written on the
 * PDF branch) and is loaded only when a PDF is imported, so pdf-lib stays out of the first bundle.
 * `import.meta.glob` resolves it at build time when it exists; outside Vite (the Node command line) it is
 * not available and the caller passes `extractPdfAttachment` itself.
 */
async function loadDefaultExtractor(): Promise<PdfAttachmentExtractor | null> {
  let modules: Record<string, () => Promise<unknown>> = {};
  try {
    modules = import.meta.glob('./pdf-attachment.ts');
  } catch {
    return null;
  }
  const load = modules['./pdf-attachment.ts'];
  if (!load) return null;
  const mod = (await load()) as { extractEmbeddedEiaJson?: PdfAttachmentExtractor };
  return mod.extractEmbeddedEiaJson ?? null;
}

export async function readEiaFile(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<EiaFileResult> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.byteLength > maxBytes) return tooBig(fileName, bytes.byteLength, maxBytes);
  if (!isPdf(bytes)) {
    return options.onProgress
      ? parseEiaBytesInSlices(fileName, bytes, options, options.onProgress)
      : parseEiaBytes(fileName, bytes, options);
  }

  const extract = options.extractPdfAttachment ?? (await loadDefaultExtractor());
  if (!extract) {
    return fail(fileName, [phrase('pdfUnsupported', { file: fileName })]);
  }
  let embedded: EmbeddedEiaJson | null;
  try {
    embedded = await extract(bytes);
  } catch {
    return fail(fileName, [phrase('pdfDamaged', { file: fileName })]);
  }
  if (!embedded) {
    return fail(fileName, [phrase('pdfNotOurs', { file: fileName })]);
  }
  return options.onProgress
    ? parseEiaTextInSlices(fileName, embedded.text, options, options.onProgress)
    : parseEiaText(fileName, embedded.text, options);
}

/** A file from an <input type="file">: refused by size before it is read into memory. */
export async function readEiaBrowserFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
  options: ReadOptions = {},
): Promise<EiaFileResult> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (file.size > maxBytes) return tooBig(file.name, file.size, maxBytes);
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch {
    return fail(file.name, [phrase('unreadable', { file: file.name })]);
  }
  return readEiaFile(file.name, new Uint8Array(buffer), options);
}
