import { lazy } from 'react';

/**
 * Every page is its own chunk, loaded when first visited, so the first screen loads only what it draws
 * (`npm run bench -- bundle` measures it). The form (react-hook-form) and the review tools are not part of
 * the home page's JavaScript.
 */
export const LibraryPage = lazy(() =>
  import('@/features/library/library-page.tsx').then((m) => ({ default: m.LibraryPage })),
);
export const BinPage = lazy(() =>
  import('@/features/bin/bin-page.tsx').then((m) => ({ default: m.BinPage })),
);
export const AboutPage = lazy(() =>
  import('@/features/about/about-page.tsx').then((m) => ({ default: m.AboutPage })),
);
export const AssessmentRoute = lazy(() =>
  import('./assessment-route.tsx').then((m) => ({ default: m.AssessmentRoute })),
);
