/**
 * Entry bundled by review.bench.ts: the overview page on its own, fed summaries fetched as JSON (standing
 * in for storage's read of the summary rows), so Chromium's time to the overview's first screen can be
 * measured before the route is wired. Records `window.__overviewFirstScreen` (ms since navigation start)
 * once the first screen has been painted.
 */
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { activateLanguage, loadMessageArea } from '@/components/i18n/i18n.ts';
import type { AssessmentSummary } from '@/domain/assessment-summary.ts';
import { OverviewPage } from '@/features/overview/overview-page.tsx';

declare global {
  interface Window {
    __overviewFirstScreen?: number;
  }
}

// The overview's words, as the app loads them for the overview route (English).
await activateLanguage('en');
await loadMessageArea('overview');
const { hook } = memoryLocation({ path: '/overview' });
const summaries = (await (await fetch('/summaries.json')).json()) as AssessmentSummary[];
performance.mark('overview-data-ready');
createRoot(document.getElementById('root')!).render(
  <Router hook={hook}>
    <main className="govuk-width-container">
      <OverviewPage summaries={summaries} />
    </main>
  </Router>,
);
// The first screen is there once the assessments table is in the page and a frame has been painted.
function whenPainted() {
  if (!document.querySelector('table')) return requestAnimationFrame(whenPainted);
  requestAnimationFrame(() => {
    setTimeout(() => {
      window.__overviewFirstScreen = performance.now();
    }, 0);
  });
}
requestAnimationFrame(whenPainted);
