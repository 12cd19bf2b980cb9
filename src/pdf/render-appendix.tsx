import { pdf } from '@react-pdf/renderer';
import type { PdfViewModel } from '@/domain/pdf-view-model.ts';
import { AppendixDocument } from './appendix-document.tsx';
import { loadFonts, registerFonts, type FontSource } from './fonts.ts';

/**
 * Renders the appendix to PDF bytes. The same code runs in the browser's Web Worker and in Node (tests,
 * command line); only where the fonts come from differs.
 */
export async function renderAppendix(vm: PdfViewModel, fonts: FontSource): Promise<Uint8Array> {
  registerFonts(fonts);
  await loadFonts();
  const blob = await pdf(<AppendixDocument vm={vm} />).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
