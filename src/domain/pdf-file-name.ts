/** The exported PDF's file name: plain ASCII, safe on every system and in a web address. */

/** "appendix-b-social-media-guidance-updates-2019-eia-2019-09-11.pdf" */
export function pdfFileName(parts: { appendixLabel: string; title: string; date: Date }): string {
  const title = titleSlug(parts.title);
  const words = [
    slug(parts.appendixLabel, 30),
    title,
    /(^|-)eia(-|$)/.test(title) ? '' : 'eia',
    isoDay(parts.date),
  ];
  return `${words.filter(Boolean).join('-')}.pdf`;
}

/**
 * An assessment's title as every file name spells it (the PDF and the `.eia.json` file):
 * "social-media-guidance-updates-2019", "untitled-assessment" when there is none.
 */
export function titleSlug(title: string): string {
  return slug(title, 80) || 'untitled-assessment';
}

function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Lower-case ASCII words joined by "-": accents dropped (ŵ → w), everything else a separator. */
function slug(text: string, max: number): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[œŒ]/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  // Cut at a word boundary when there is one.
  return s[max] === '-' || !cut.includes('-') ? cut.replace(/-+$/, '') : cut.replace(/-[^-]*$/, '');
}
