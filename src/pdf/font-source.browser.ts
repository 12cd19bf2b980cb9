import latin400Normal from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import latin700Normal from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?url';
import latin400Italic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff?url';
import latinExt400Normal from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?url';
import latinExt700Normal from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?url';
import latinExt400Italic from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff?url';
import greek400Normal from '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?url';
import greek700Normal from '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff?url';
import greek400Italic from '@fontsource/noto-sans/files/noto-sans-greek-400-italic.woff?url';
import cyrillic400Normal from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?url';
import cyrillic700Normal from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?url';
import cyrillic400Italic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-italic.woff?url';
import type { FontSource } from './fonts.ts';

/**
 * In the browser the font files are bundled by Vite (same origin, no network beyond the app itself)
 * and fetched by react-pdf when a PDF is made.
 */
const urls: Record<string, string> = {
  'noto-sans-latin-400-normal.woff': latin400Normal,
  'noto-sans-latin-700-normal.woff': latin700Normal,
  'noto-sans-latin-400-italic.woff': latin400Italic,
  'noto-sans-latin-ext-400-normal.woff': latinExt400Normal,
  'noto-sans-latin-ext-700-normal.woff': latinExt700Normal,
  'noto-sans-latin-ext-400-italic.woff': latinExt400Italic,
  'noto-sans-greek-400-normal.woff': greek400Normal,
  'noto-sans-greek-700-normal.woff': greek700Normal,
  'noto-sans-greek-400-italic.woff': greek400Italic,
  'noto-sans-cyrillic-400-normal.woff': cyrillic400Normal,
  'noto-sans-cyrillic-700-normal.woff': cyrillic700Normal,
  'noto-sans-cyrillic-400-italic.woff': cyrillic400Italic,
};

export const browserFontSource: FontSource = (file) => {
  const url = urls[file];
  if (!url) throw new Error(`The font file ${file} is not bundled.`);
  return url;
};
