// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  forgetLearntTemplates,
  hcpcEia201810Definition,
  registerTemplate,
} from '@schemas/templates/index.ts';
import { moveToTemplateVersion } from '@/domain/version-move.ts';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';
import { readEiaFile } from '@/storage/files/read-eia-file.ts';
import { buildExampleAssessment } from '../builders.ts';
import { hcpcNextVersion } from '../hcpc-next-version.ts';
import { renderPdf } from '../pdf/node-pdf.ts';
import { freshRepository } from './support.ts';

/** The example moved to the later HCPC version: two answers kept as "no longer asked". */
function movedExample() {
  const result = moveToTemplateVersion(
    buildExampleAssessment({ completedSections: ['overview', 'evidence'] }),
    hcpcEia201810Definition,
    hcpcNextVersion,
    new Date('2026-02-01T12:00:00Z'),
  );
  if (!result.ok) throw new Error(result.message);
  expect(result.assessment.noLongerAsked).toHaveLength(2);
  return result.assessment;
}

beforeEach(() => {
  registerTemplate(hcpcNextVersion);
});
afterEach(() => forgetLearntTemplates());

describe('answers to questions no longer asked, once stored and exported', () => {
  it('survive export to .eia.json and import in a browser that never saw the newer version', () => {
    const moved = movedExample();
    const text = serialiseEnvelope(buildEnvelope([moved], new Date('2026-02-01T12:00:00Z')));
    forgetLearntTemplates();
    const result = parseEiaText('moved.eia.json', text);
    if (!result.ok) throw new Error(result.message);
    expect(result.assessments).toEqual([moved]);
    expect(result.templates.map((t) => t.version)).toEqual(['2026-01']);
  });

  it("survive the PDF's attached data, read back through the import path", async () => {
    const moved = movedExample();
    const { bytes, fileName } = await renderPdf(moved);
    const result = await readEiaFile(fileName, bytes);
    if (!result.ok) throw new Error(result.message);
    expect(result.assessments).toEqual([moved]);
  });

  it('restoring the copy kept before the move brings back the old version, answers and completed sections', async () => {
    const repository = freshRepository();
    const before = buildExampleAssessment({ completedSections: ['overview', 'evidence'] });
    await repository.create(before);
    const snapshotId = await repository.keepBeforeVersionMove(before, '2026-01');
    await repository.save(movedExample(), 1);
    expect((await repository.get(before.id))?.assessment.templateVersion).toBe('2026-01');

    const history = await repository.listSnapshots(before.id);
    expect(history.find((s) => s.id === snapshotId)).toMatchObject({
      reason: 'before-version-move',
      detail: '2026-01',
    });
    await repository.restoreSnapshot(before.id, snapshotId);
    const restored = (await repository.get(before.id))!.assessment;
    expect(restored.templateVersion).toBe('2018-10');
    expect(restored.answers).toEqual(before.answers);
    expect(restored.noLongerAsked).toEqual([]);
    expect(restored.completedSections).toEqual(['overview', 'evidence']);
  });
});
