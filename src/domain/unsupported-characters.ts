/**
 * What to tell the user when the PDF had to print "�" for characters no bundled font has. Its own module
 * (re-exported by pdf-view-model.ts), so the Download PDF button does not bring the PDF view-model into
 * the first load of every page that shows the button.
 */
export function unsupportedCharactersMessage(characters: string[]): string {
  const which = characters.length === 1 ? 'a character' : `${characters.length} characters`;
  return `The PDF shows � in place of ${which} it cannot print (${characters.join(' ')}). Everything else is as typed, and the assessment attached inside the PDF keeps every character.`;
}
