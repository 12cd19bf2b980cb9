import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';
import { activateLanguage, loadMessageArea } from '@/components/i18n/i18n.ts';
import { MESSAGE_AREAS, type MessageArea } from '@/components/i18n/message-areas.ts';

// Components read their words from the interface's catalogues: English unless a test switches language.
// Every part of the catalogue (the app loads an area's part with its pages): a test renders any component.
await activateLanguage('en');
for (const area of Object.keys(MESSAGE_AREAS) as MessageArea[]) await loadMessageArea(area);

// Pages load some of their code on demand (importing files, starting or copying an assessment, the stores
// behind the repository). On a loaded 2-core machine (CI, or several test runs at once) that takes more
// than testing-library's 1 s default for `findBy…`/`waitFor`. This only lengthens how long a test waits for
// something it expects to appear; nothing asserted changes.
configure({ asyncUtilTimeout: 3000 });
