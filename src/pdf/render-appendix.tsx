import { pdf } from '@react-pdf/renderer';
import type { PdfViewModel } from '@/domain/pdf-view-model.ts';
import { AppendixDocument } from './appendix-document.tsx';
import { prepareFonts, registerFonts, type FontSource } from './fonts.ts';
import { printable, printedText, withoutUnsupported } from './printable-text.ts';

/**
 * Renders the appendix to PDF bytes. The same code runs in the browser's Web Worker and in Node (tests,
 * command line); only where the fonts come from differs. `unsupported` lists the characters no bundled
 * font can draw (printed as "�").
 */
export async function renderAppendix(
  vm: PdfViewModel,
  fonts: FontSource,
): Promise<{ bytes: Uint8Array; unsupported: string[] }> {
  registerFonts(fonts);
  const text = printable(vm);
  const { fontFamily, unsupported } = await prepareFonts(printedText(text));
  const drawable = withoutUnsupported(text, unsupported);
  const blob = await pdf(<AppendixDocument vm={drawable} fontFamily={fontFamily} />).toBlob();
  return { bytes: new Uint8Array(await blob.arrayBuffer()), unsupported };
}
