/**
 * Entry bundled by review.bench.ts: the overview page on its own, fed the summaries the page was given
 * (as storage would read them), so Chromium's time to the first screen of the overview can be measured
 * before the route is wired. Records `window.__overviewFirstScreen` (ms since navigation start) once the
 * first screen has been painted.
 */
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { AssessmentSummary } from '@/domain/assessment-summary.ts';
import { OverviewPage } from '@/features/overview/overview-page.tsx';

declare global {
  interface Window {
    __summaries: AssessmentSummary[];
    __overviewFirstScreen?: number;
  }
}

performance.mark('overview-script-start');
const { hook } = memoryLocation({ path: '/overview' });
createRoot(document.getElementById('root')!).render(
  <Router hook={hook}>
    <main className="govuk-width-container">
      <OverviewPage summaries={window.__summaries} />
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
