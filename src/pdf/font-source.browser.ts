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
import vietnamese400Normal from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?url';
import vietnamese700Normal from '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff?url';
import vietnamese400Italic from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-italic.woff?url';
import dejaVuSans400Normal from '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff?url';
import type { FontSource } from './fonts.ts';

/**
 * In the browser the font files are bundled by Vite (served by the app itself, never fetched from the
 * internet) and fetched by react-pdf when a PDF is made. DejaVu Sans is fetched only when the text needs it. tests/pdf/font-sources.test.ts checks this list against fonts.ts.
 */
export const BUNDLED_FONT_URLS: Record<string, string> = {
  '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff': latin400Normal,
  '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff': latin700Normal,
  '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff': latin400Italic,
  '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff': latinExt400Normal,
  '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff': latinExt700Normal,
  '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff': latinExt400Italic,
  '@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff': greek400Normal,
  '@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff': greek700Normal,
  '@fontsource/noto-sans/files/noto-sans-greek-400-italic.woff': greek400Italic,
  '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff': cyrillic400Normal,
  '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff': cyrillic700Normal,
  '@fontsource/noto-sans/files/noto-sans-cyrillic-400-italic.woff': cyrillic400Italic,
  '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff': vietnamese400Normal,
  '@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff': vietnamese700Normal,
  '@fontsource/noto-sans/files/noto-sans-vietnamese-400-italic.woff': vietnamese400Italic,
  '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff': dejaVuSans400Normal,
};

export const browserFontSource: FontSource = (file) => {
  const url = BUNDLED_FONT_URLS[file];
  if (!url) throw new Error(`The font file ${file} is not bundled with the app.`);
  return url;
};
