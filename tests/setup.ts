import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { beforeAll } from 'vitest';
import { activateLanguage, loadMessageArea } from '@/components/i18n/i18n.ts';
import { MESSAGE_AREAS, type MessageArea } from '@/components/i18n/message-areas.ts';

// Components read their words from the interface's catalogues: English unless a test switches language.
// Every part of the catalogue (the app loads an area's part with its pages): a test renders any component.
await activateLanguage('en');
for (const area of Object.keys(MESSAGE_AREAS) as MessageArea[]) await loadMessageArea(area);

// The form's pages are a chunk the app loads when a section is first shown (assessment-editor.tsx); loaded
// before each file's tests, a test that renders a section finds it at once, as a user whose chunk is cached
// does. In a hook (not at the top of this file), so that the test file's vi.mock calls apply to its modules.
beforeAll(async () => {
  const { preloadFormPages } = await import('@/features/assessment-form/assessment-editor.tsx');
  await preloadFormPages();
  // With them, the review's pieces on those pages (review-slots.tsx), as the app loads them together.
  const { preloadReviewParts } = await import('@/features/review/review-slots.tsx');
  await preloadReviewParts();
});

// Pages load some of their code on demand (importing files, starting or copying an assessment, the stores
// behind the repository). On a loaded 2-core machine (CI, or several test runs at once) that takes more
// than testing-library's 1 s default for `findBy…`/`waitFor`. This only lengthens how long a test waits for
// something it expects to appear; nothing asserted changes.
configure({ asyncUtilTimeout: 3000 });
