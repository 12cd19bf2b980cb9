import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { describe, expect, it, vi } from 'vitest';
import { TemplatePreview } from '@/app/template-preview.tsx';
import { impactTableTemplate } from '../impact-table-template.ts';

/**
 * The designer's preview keeps the sample assessment of a draft it has shown (opening it again on an
 * unchanged draft builds nothing again): what is typed in the preview must still never reach it.
 */
vi.setConfig({ testTimeout: 30_000 });

function openPreview() {
  const { hook } = memoryLocation({
    path: `/templates/${impactTableTemplate.id}/draft/preview/assessments/preview/sections/impact`,
  });
  return render(
    <Router hook={hook}>
      <TemplatePreview templateId={impactTableTemplate.id} definition={impactTableTemplate} rest={[]} />
    </Router>,
  );
}

describe('the designer’s preview', () => {
  it('shows the sample answers each time it is opened, whatever was typed in it before', async () => {
    const user = userEvent.setup();
    const first = openPreview();
    const why = screen.getByLabelText(/Why/, { selector: '#olderPeople-why' });
    const sample = (why as HTMLTextAreaElement).value;
    expect(sample).toMatch(/^Sample answer/);
    await user.type(why, ' and more typed here');
    expect(why).toHaveValue(`${sample} and more typed here`);
    first.unmount();

    openPreview();
    expect(document.getElementById('olderPeople-why')).toHaveValue(sample);
  });
});
