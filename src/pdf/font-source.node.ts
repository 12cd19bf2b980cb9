import { createRequire } from 'node:module';
import type { FontSource } from './fonts.ts';

const require = createRequire(import.meta.url);

/** In Node (tests, the command line) the fonts are read from the @fontsource packages' files. */
export const nodeFontSource: FontSource = (file) => require.resolve(file);
