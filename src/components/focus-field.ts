/**
 * Moves focus to a form field the way GOV.UK Frontend's error summary does: the field's label (or its
 * fieldset's legend) is scrolled into view so the question is visible, then the field is focused.
 * With hash routing a link to `#id` would change the route, so links call this instead.
 * Returns false when there is no such element on the page.
 */
export function focusField(id: string): boolean {
  const field = document.getElementById(id);
  if (!field) return false;
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  const heading = legend ?? label ?? field;
  heading.scrollIntoView?.({ block: 'start' });
  field.focus({ preventScroll: true });
  return true;
}
