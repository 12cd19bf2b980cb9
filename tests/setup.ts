import '@testing-library/jest-dom/vitest';
import { activateLanguage } from '@/components/i18n/i18n.ts';

// Components read their words from the interface's catalogues: English unless a test switches language.
await activateLanguage('en');
