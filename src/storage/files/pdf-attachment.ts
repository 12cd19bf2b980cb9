import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { EIA_FILE_EXTENSION } from '@schemas/envelope.ts';
import { MAX_FILE_BYTES } from './json-safety.ts';

/**
 * Reads the `.eia.json` that EIA Builder attaches to every PDF it exports (src/pdf/attach-eia-json.ts).
 * Returns null when the PDF has no such attachment. Throws when the bytes are not a readable PDF.
 * Loaded only when a PDF is imported (read-eia-file.ts), so pdf-lib stays out of the first bundle.
 *
 * The PDF may come from anywhere, so the walk is bounded: at most MAX_NODES name-tree nodes, and the
 * attachment is decoded no further than one byte past the largest file the parse path accepts (which
 * then refuses it as too big) — a small compressed stream cannot expand to fill the memory.
 */
const MAX_NODES = 2_000;
const MAX_DEPTH = 16;

export async function extractEmbeddedEiaJson(
  bytes: Uint8Array,
): Promise<{ fileName: string; text: string } | null> {
  const doc = await PDFDocument.load(bytes, {
    ignoreEncryption: true,
    updateMetadata: false,
    throwOnInvalidObject: false,
  });
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  if (!tree) return null;

  let visited = 0;
  const walk = (node: PDFDict, depth: number): { fileName: string; text: string } | null => {
    if (++visited > MAX_NODES || depth > MAX_DEPTH) return null;
    const pairs = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
      const found = readFileSpec(pairs.lookup(i + 1));
      if (found) return found;
    }
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i += 1) {
      const kid = kids.lookup(i);
      const found = kid instanceof PDFDict ? walk(kid, depth + 1) : null;
      if (found) return found;
    }
    return null;
  };
  return walk(tree, 0);
}

function readFileSpec(spec: PDFObject | undefined): { fileName: string; text: string } | null {
  if (!(spec instanceof PDFDict)) return null;
  const fileName = text(spec.lookup(PDFName.of('UF'))) ?? text(spec.lookup(PDFName.of('F')));
  if (!fileName || !fileName.toLowerCase().endsWith(EIA_FILE_EXTENSION)) return null;
  const ef = spec.lookupMaybe(PDFName.of('EF'), PDFDict);
  const stream = ef?.lookup(PDFName.of('F'));
  if (!(stream instanceof PDFRawStream)) return null;
  const data = decodePDFRawStream(stream).getBytes(MAX_FILE_BYTES + 1);
  return { fileName, text: new TextDecoder('utf-8', { fatal: true }).decode(data) };
}

function text(value: PDFObject | undefined): string | null {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;
}
