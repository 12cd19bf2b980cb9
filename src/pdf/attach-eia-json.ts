import { AFRelationship, PDFDocument } from 'pdf-lib';

/**
 * Puts the assessment inside the PDF as a file attachment (an ordinary `.eia.json` export), so that the
 * PDF on the committee website is also the data: importing it into EIA Builder restores the assessment.
 * The PDF's own metadata (title, author, creator, dates) is kept as react-pdf wrote it.
 */
export const ATTACHMENT_DESCRIPTION =
  'The assessment as data. Import this PDF, or this file, into EIA Builder to open the assessment.';

export async function attachEiaJson(
  pdfBytes: Uint8Array,
  attachment: { fileName: string; text: string; at: Date },
): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdfBytes, { updateMetadata: false });
  await doc.attach(new TextEncoder().encode(attachment.text), attachment.fileName, {
    mimeType: 'application/json',
    description: ATTACHMENT_DESCRIPTION,
    creationDate: attachment.at,
    modificationDate: attachment.at,
    afRelationship: AFRelationship.Data,
  });
  return doc.save({ useObjectStreams: false });
}
