// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '@/domain/app-version.ts';
import { buildAppendixViewModels } from '@/domain/appendix-view-models.ts';
import { ATTACHMENT_DESCRIPTION, attachEiaJson } from '@/pdf/attach-eia-json.ts';
import { nodeFontSource } from '@/pdf/font-source.node.ts';
import { renderAppendix } from '@/pdf/render-appendix.tsx';
import { extractEmbeddedEiaJson } from '@/storage/files/pdf-attachment.ts';
import { buildExampleAssessment } from '../builders.ts';
import { EXPORTED_AT } from './node-pdf.ts';

/**
 * The assessment is attached to the PDF react-pdf wrote as an incremental update: the PDF itself is kept
 * byte for byte (nothing is parsed or written again), and every reader finds the attachment: our own
 * import (pdf-lib), Poppler (pdfinfo, pdfdetach), pdf.js through the text tests.
 */
const FILE_NAME = 'Asesiad ŵ ŷ – “quoted”.eia.json';
const TEXT = JSON.stringify({ answer: 'Ateb ŵ ŷ “£5” – €6 \u{1F600}', more: 'x'.repeat(5000) });

describe('attaching the assessment to the PDF', () => {
  let rendered: Uint8Array;
  let attached: Uint8Array;
  let dir: string;

  beforeAll(async () => {
    const vms = buildAppendixViewModels(buildExampleAssessment(), {
      exportedAt: EXPORTED_AT,
      appVersion: APP_VERSION,
    });
    rendered = (await renderAppendix(vms, nodeFontSource)).bytes;
    attached = await attachEiaJson(rendered, { fileName: FILE_NAME, text: TEXT, at: EXPORTED_AT });
    dir = mkdtempSync(join(tmpdir(), 'attach-'));
    writeFileSync(join(dir, 'a.pdf'), attached);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the PDF react-pdf wrote byte for byte, adding the attachment after it', () => {
    expect(attached.length).toBeGreaterThan(rendered.length);
    expect(Buffer.from(attached.subarray(0, rendered.length)).equals(Buffer.from(rendered))).toBe(true);
  });

  it('is read back exactly by the import, name and text', async () => {
    expect(await extractEmbeddedEiaJson(attached)).toEqual({ fileName: FILE_NAME, text: TEXT });
  });

  it('is described, typed and listed as the document’s associated data (PDF/A-3 /AF)', async () => {
    const doc = await PDFDocument.load(attached, { updateMetadata: false });
    const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(1);
    const spec = af.lookup(0, PDFDict);
    expect(spec.get(PDFName.of('AFRelationship'))).toBe(PDFName.of('Data'));
    expect(spec.lookup(PDFName.of('Desc'), PDFHexString).decodeText()).toBe(ATTACHMENT_DESCRIPTION);
    const file = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F'));
    if (!(file instanceof PDFRawStream)) throw new Error('The attached file is not a stream.');
    expect(file.dict.get(PDFName.of('Subtype'))).toBe(PDFName.of('application/json'));
    const params = file.dict.lookup(PDFName.of('Params'), PDFDict);
    expect(params.get(PDFName.of('Size'))?.toString()).toBe(String(new TextEncoder().encode(TEXT).length));
    expect(params.get(PDFName.of('ModDate'))?.toString()).toBe('(D:20260105120000Z)');
    // The page tree and the outline the catalog had are still there.
    expect(doc.getPageCount()).toBeGreaterThan(1);
    expect(doc.catalog.has(PDFName.of('Outlines'))).toBe(true);
  });

  it('is a well-formed PDF with the attachment for Poppler', () => {
    const info = execFileSync('pdfinfo', [join(dir, 'a.pdf')], { encoding: 'utf8', stdio: 'pipe' });
    expect(info).toMatch(/Pages:\s+[2-9]/);
    expect(execFileSync('pdfdetach', ['-list', join(dir, 'a.pdf')], { encoding: 'utf8' })).toContain(
      '1 embedded files',
    );
    execFileSync('pdfdetach', ['-save', '1', '-o', join(dir, 'out.json'), join(dir, 'a.pdf')]);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(TEXT);
  });

  it('refuses, with a reason, a PDF it did not make rather than damage it', async () => {
    await expect(
      attachEiaJson(attached, { fileName: FILE_NAME, text: TEXT, at: EXPORTED_AT }),
    ).rejects.toThrow(/trailer|attachments|associated/);
    await expect(
      attachEiaJson(new TextEncoder().encode('%PDF-1.7\nnothing'), {
        fileName: 'a',
        text: '',
        at: EXPORTED_AT,
      }),
    ).rejects.toThrow(/cross-reference/);
  });
});
