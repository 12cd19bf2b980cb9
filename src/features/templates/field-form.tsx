import type { ReactNode } from 'react';

/**
 * A form of its own around one designer text field (or a text's English and Welsh fields), never
 * submitted: Enter in it does nothing, as in a field outside any form.
 *
 * Why: on every keystroke Chromium's autofill reads again the form the field belongs to (for a field in no
 * form, every field in no form on the page), and whenever a label in it has changed it parses that form
 * again in the browser process. A question's label is part of other fields' names ("Move Age to another
 * section"), so typing one on a section of a 150-question template made Chrome re-read 218 fields and
 * parse them again, ~40 ms of CPU per keystroke outside the page, which competes with the page for the
 * processor (npm run bench -- designer: every browser process's CPU per keystroke). In a form of its own
 * the field is read alone, and its own label does not change as it is typed in.
 */
export function FieldForm({ children }: { children: ReactNode }) {
  return (
    <form className="app-field-form" noValidate onSubmit={(event) => event.preventDefault()}>
      {children}
    </form>
  );
}
