import { pdf } from '@react-pdf/renderer';
import type { PdfViewModel } from '@/domain/pdf-view-model.ts';
import { AppendixDocument } from './appendix-document.tsx';
import { prepareFonts, registerFonts, type FontSource } from './fonts.ts';
import { printable, printedText, withoutUnsupported } from './printable-text.ts';

/**
 * Renders the appendix to PDF bytes. The same code runs in the browser's Web Worker and in Node (tests,
 * command line); only where the fonts come from differs. `unsupported` lists the characters no bundled
 * font can draw (printed as "�"). Several view-models (one per language) make one document, one after
 * the other.
 */
export async function renderAppendix(
  vms: PdfViewModel | PdfViewModel[],
  fonts: FontSource,
): Promise<{ bytes: Uint8Array; unsupported: string[] }> {
  registerFonts(fonts);
  const texts = (Array.isArray(vms) ? vms : [vms]).map(printable);
  const { fontFamily, unsupported } = await prepareFonts(texts.map(printedText).join('\n'));
  const drawable = texts.map((text) => withoutUnsupported(text, unsupported));
  const blob = await pdf(<AppendixDocument parts={drawable} fontFamily={fontFamily} />).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()), unsupported };
}
