// @vitest-environment node
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractEmbeddedEiaJson } from '@/storage/files/pdf-attachment.ts';
import { readEiaFile } from '@/storage/files/read-eia-file.ts';
import { buildAssessment, buildCompleteAnswers, buildExampleAssessment } from '../../builders.ts';
import { renderPdf } from '../../pdf/node-pdf.ts';

async function plainPdf(attach?: { name: string; text: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  if (attach)
    await doc.attach(new TextEncoder().encode(attach.text), attach.name, { mimeType: 'text/plain' });
  return doc.save();
}

describe('extractEmbeddedEiaJson', () => {
  it('finds the .eia.json export that EIA Builder attaches to its PDF', async () => {
    const assessment = buildExampleAssessment();
    const { bytes } = await renderPdf(assessment);
    const embedded = await extractEmbeddedEiaJson(bytes);
    expect(embedded?.fileName).toBe('social-media-guidance-updates-2019-2026-01-05.eia.json');
    const envelope = JSON.parse(embedded?.text ?? '{}') as { format: string; assessments: unknown[] };
    expect(envelope.format).toBe('eia-builder/assessments');
    expect(envelope.assessments).toEqual([assessment]);
  });

  it('returns null for a PDF with no attachment, or only other attachments', async () => {
    expect(await extractEmbeddedEiaJson(await plainPdf())).toBeNull();
    expect(await extractEmbeddedEiaJson(await plainPdf({ name: 'minutes.txt', text: 'hello' }))).toBeNull();
  });

  it('throws for bytes that are not a PDF at all', async () => {
    await expect(extractEmbeddedEiaJson(new TextEncoder().encode('%PDF-1.7 nothing else'))).rejects.toThrow();
  });
});

describe('importing an exported PDF', () => {
  it('restores the assessment exactly, through the same path as an .eia.json import', async () => {
    const base = buildAssessment({
      id: 'round-trip',
      status: 'ready-for-review',
      answers: buildCompleteAnswers((k) => `Ateb i ${k}: ŵ ŷ “£5” – €6\n\n- bullet\nline`),
    });
    const assessment = {
      ...base,
      publication: { ...base.publication, appendixLabel: 'Annex 3', includeAboutThisForm: true },
    };
    const { bytes, fileName } = await renderPdf(assessment);
    const result = await readEiaFile(fileName, bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessments).toEqual([assessment]);
  });

  it('says plainly that a PDF without our attachment holds no assessment', async () => {
    const result = await readEiaFile('minutes.pdf', await plainPdf());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toBe(
      '"minutes.pdf": This PDF was not exported by EIA Builder, so it has no assessment inside it. Import the PDF that EIA Builder exported, or the .eia.json file.',
    );
  });

  it('says the PDF may be damaged when it cannot be read', async () => {
    const result = await readEiaFile('broken.pdf', new TextEncoder().encode('%PDF-1.7 nothing else'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('could not be read as a PDF');
  });
});
