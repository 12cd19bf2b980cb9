import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { renderDraftPage } from './designer-harness.tsx';

/**
 * Issue 10's typing figure, outside the page: Chromium's autofill reads again, on every keystroke, the form
 * a field belongs to (for fields in no form, every such field of the page) and parses it again in the
 * browser process when a label in it changed. A question's label is part of other fields' names, so each
 * designer text sits in a form of its own, holding its own fields alone (src/features/templates/
 * field-form.tsx); Enter in it submits nothing.
 */
vi.setConfig({ testTimeout: 60_000 });

const hcpc = structuredClone(hcpcEia201810Definition);
const english: TemplateDefinition = {
  ...hcpc,
  id: 'council-eia',
  version: '1',
  languages: ['en'],
  title: { en: 'Council EIA' },
  shortTitle: { en: 'Council EIA' },
  sections: hcpc.sections.map((s) =>
    s.id === 'analysis' ? { ...s, questions: s.questions.slice(0, 2) } : s,
  ),
  footnotes: [],
};
const bilingual: TemplateDefinition = {
  ...english,
  languages: ['en', 'cy'],
  title: { en: 'Council EIA', cy: 'AEC y Cyngor' },
  shortTitle: { en: 'Council EIA', cy: 'AEC y Cyngor' },
};

/** The fields (not buttons) of the form the field with this id belongs to, by id. */
function formOf(id: string): string[] {
  const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
  expect(field.form).not.toBeNull();
  return [...field.form!.elements].filter((e) => !(e instanceof HTMLButtonElement)).map((e) => e.id);
}

describe('designer text fields and the browser’s autofill', () => {
  it('puts each text of a question in a form of its own, where its label does not change as you type', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(english, { sectionId: 'analysis' });
    await user.click(screen.getByText('Edit Age'));
    for (const id of ['q-age-label', 'q-age-descriptor', 'q-age-hint', 'q-age-guidance']) {
      expect(formOf(id)).toEqual([id]);
    }
    // The section's own texts too.
    expect(formOf('section-title')).toEqual(['section-title']);
    expect(formOf('section-guidance')).toEqual(['section-guidance']);

    // Typing the label renames the fields that carry it ("Move … to another section"), none in its form.
    await user.type(screen.getByLabelText('Question 1 wording'), ' of people');
    expect(formOf('q-age-label')).toEqual(['q-age-label']);
    expect(screen.getByLabelText('Move Age of people to another section').closest('form')).not.toBe(
      screen.getByLabelText('Question 1 wording').closest('form'),
    );
    expect(latest().definition.sections.find((s) => s.id === 'analysis')!.questions[0]!.label.en).toBe(
      'Age of people',
    );
  });

  it('keeps a text’s English and Welsh fields together in one form', async () => {
    const user = userEvent.setup();
    renderDraftPage(bilingual, { sectionId: 'analysis' });
    await user.click(screen.getByText('Edit Age'));
    expect(formOf('q-age-label')).toEqual(['q-age-label', 'q-age-label-cy']);
  });

  it('submits nothing when Enter is pressed in a text field', async () => {
    const user = userEvent.setup();
    const { latest } = renderDraftPage(english, { sectionId: 'analysis' });
    await user.click(screen.getByText('Edit Age'));
    const label = screen.getByLabelText('Question 1 wording');
    const before = latest();
    await user.type(label, '{Enter}');
    // The submit event was cancelled: no navigation, and the draft is as it was.
    expect(fireEvent.submit(label.closest('form')!)).toBe(false);
    expect(latest().definition).toBe(before.definition);
    expect(label).toHaveValue('Age');
  });
});
