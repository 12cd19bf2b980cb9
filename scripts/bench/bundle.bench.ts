import { gzipSync } from 'node:zlib';
import type { BenchContext, Figure } from './types.ts';

/**
 * The JavaScript the browser loads to show the first screen, gzipped as a server would send it, measured in
 * Chromium (every script response during the load of the home page and of an assessment's task list). The
 * PDF renderer must never be part of it: loaded scripts are searched for react-pdf's code.
 */
export default async function bundle(ctx: BenchContext): Promise<Figure[]> {
  const browser = await ctx.browser();
  const page = await browser.newPage();
  const scripts = new Map<string, Buffer>();
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || response.url().endsWith('.js')) {
      try {
        scripts.set(response.url(), await response.body());
      } catch {
        /* a response without a body (redirect) */
      }
    }
  });
  await page.goto(`${ctx.baseURL}/`, { waitUntil: 'networkidle' });
  await page.close();

  let raw = 0;
  let gz = 0;
  let pdfInInitial = false;
  for (const body of scripts.values()) {
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
    const text = body.toString('utf8');
    if (text.includes('@react-pdf') || text.includes('react-pdf.browser') || text.includes('PDFRenderer'))
      pdfInInitial = true;
  }
  return [
    {
      name: 'initial JS, gzipped',
      value: gz / 1024,
      unit: 'KB',
      target: 170,
      note: `${scripts.size} script(s), ${Math.round(raw / 1024)} KB raw`,
    },
    {
      name: 'PDF renderer in the initial JS',
      value: pdfInInitial ? 1 : 0,
      unit: '(0 = absent)',
      target: 0.5,
    },
  ];
}
