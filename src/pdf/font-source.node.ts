import { createRequire } from 'node:module';
import type { FontSource } from './fonts.ts';

const require = createRequire(import.meta.url);

/** In Node (tests, the command line) the fonts are read from the @fontsource package's files. */
export const nodeFontSource: FontSource = (file) => require.resolve(`@fontsource/noto-sans/files/${file}`);
