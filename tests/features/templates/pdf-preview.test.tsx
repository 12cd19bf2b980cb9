import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '@schemas/assessment.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { findTemplateDefinition, hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { renderDraftPage } from './designer-harness.tsx';

/**
 * "Preview the PDF" on the draft's page hands the PDF export (the real one's signature, mocked here: the
 * PDF itself is tested in tests/domain/designer/preview-pdf.test.ts) an assessment on the draft as it is
 * now, empty or with sample answers, and the draft is known to the export then, and forgotten after.
 */
const seen: Array<{ assessment: Assessment; definition: TemplateDefinition | undefined }> = [];
vi.mock('@/pdf/export-pdf.ts', () => ({
  exportPdf: (assessment: Assessment) => {
    seen.push({
      assessment,
      definition: findTemplateDefinition(assessment.templateId, assessment.templateVersion),
    });
    return Promise.resolve({ blob: new Blob(['%PDF']), fileName: 'preview.pdf', unsupported: [] });
  },
}));
vi.mock('@/components/save-file.ts', () => ({ saveFile: vi.fn() }));
vi.setConfig({ testTimeout: 30_000 });

const template: TemplateDefinition = {
  ...structuredClone(hcpcEia201810Definition),
  id: 'council-eia',
  version: '3',
  languages: ['en'],
  title: { en: 'Council EIA' },
  shortTitle: { en: 'Council EIA' },
};

describe('Preview the PDF of a draft', () => {
  it('exports an empty and a sample assessment on the draft as it is now', async () => {
    const user = userEvent.setup();
    renderDraftPage(template);
    const title = screen.getByLabelText('Title of the form');
    await user.clear(title);
    await user.type(title, 'Borough EIA');
    await user.click(screen.getByRole('button', { name: 'Preview the PDF of an empty assessment' }));
    await waitFor(() => expect(seen).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Preview the PDF with sample answers' }));
    await waitFor(() => expect(seen).toHaveLength(2));
    const [empty, sample] = seen as [(typeof seen)[0], (typeof seen)[0]];
    expect(empty.definition?.title.en).toBe('Borough EIA');
    expect(empty.assessment.templateVersion).toMatch(/^3-preview-/);
    expect(empty.assessment.answers['projectTitle']).toBe('');
    expect(sample.assessment.answers['projectTitle']).toBe('Sample answer: Project / policy title');
    expect(sample.assessment.templateVersion).not.toBe(empty.assessment.templateVersion);
    // The page forgets the preview versions once handed over.
    await waitFor(() =>
      expect(findTemplateDefinition('council-eia', sample.assessment.templateVersion)).toBeUndefined(),
    );
    await waitFor(() => expect(screen.getAllByText('Downloaded preview.pdf')).toHaveLength(2));
  });
});
