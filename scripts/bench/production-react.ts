/**
 * Imported first by scripts/bench.ts: the benches that render in Node (the PDF, in the same code the app's
 * Web Worker runs) load React as the app ships it. React picks its build from NODE_ENV when it is first
 * loaded, and without this Node gets the development build: its element checks and owner stacks cost
 * the committee PDF about a tenth of its time (it makes elements for each page's furniture), which no
 * user pays: the Web Worker is bundled in production mode and `npx eia` sets NODE_ENV too (bin/eia.mjs).
 */
process.env.NODE_ENV = 'production';
