/**
 * Text into HTML, safely. Everything the appendix prints is data typed by someone (answers, titles,
 * labels): it only ever becomes element text or a quoted attribute value, never markup or a URL.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Text as a CSS string literal ("…"), for the print stylesheet's running header. Quotes, backslashes
 * and line breaks are escaped, and "<" too, so no text can close the <style> element.
 */
export function cssString(text: string): string {
  const escaped = text.replace(/[\\"<>\n\r\f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `);
  return `"${escaped}"`;
}

/** A lang attribute when the text is in another language than the document's. */
export function langAttribute(lang: string | undefined): string {
  return lang ? ` lang="${escapeHtml(lang)}"` : '';
}
