/**
 * `npx tsx scripts/make-icons.ts`: draws the app's icons (public/*.png) from public/favicon.svg's letter "E"
 * with the local Chromium, so nothing is downloaded. Run it again after changing the favicon and commit the
 * PNGs. The maskable icon fills its whole square with the blue and keeps the letter inside the middle 40%
 * (the "safe zone" any launcher's mask leaves visible).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from '../tests/e2e/support/browser.ts';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const favicon = readFileSync(`${publicDir}favicon.svg`, 'utf8');
const letter = /<path[^>]*\/>/.exec(favicon)?.[0];
const blue = /fill="(#[0-9a-f]{6})"/i.exec(favicon)?.[1];
if (!letter || !blue) throw new Error('public/favicon.svg has no <path> letter or blue fill.');

/** The letter (drawn on a 32 × 32 grid, 16 units tall) at `scale` of the icon's size, centred. */
const svg = (shape: 'rounded' | 'square', scale: number) => {
  const size = 16 / scale;
  const offset = 16 - size / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${offset} ${offset} ${size} ${size}" width="100%" height="100%">
  <rect x="${offset}" y="${offset}" width="${size}" height="${size}" rx="${shape === 'rounded' ? size / 8 : 0}" fill="${blue}"/>
  ${letter}
</svg>`;
};

const icons = [
  { file: 'icon-192.png', size: 192, svg: svg('rounded', 0.5) },
  { file: 'icon-512.png', size: 512, svg: svg('rounded', 0.5) },
  { file: 'icon-maskable-512.png', size: 512, svg: svg('square', 0.4) },
  // iOS draws its own rounded corners and ignores transparency.
  { file: 'apple-touch-icon.png', size: 180, svg: svg('square', 0.5) },
];

const browser = await launchBrowser();
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const icon of icons) {
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${icon.svg}`,
  );
  const png = await page.screenshot({ omitBackground: true, type: 'png' });
  writeFileSync(`${publicDir}${icon.file}`, png);
  process.stdout.write(`public/${icon.file} (${icon.size} × ${icon.size}, ${png.length} bytes)\n`);
}
await browser.close();
