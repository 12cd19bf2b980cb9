import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadPageFor } from './app/lazy-pages.tsx';
import { appUpdates } from './app/service-worker.ts';
import { activateLanguage, rememberedLanguage } from './components/i18n/i18n.ts';
import { getAppStorage } from './storage/app-storage.ts';
import './app/styles.scss';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// Load the opened page's chunk first, so the first render shows the page itself, not a placeholder.
// If it fails (a stale deployment, say), render anyway: the route's own fallback and errors take over.
// The interface language's catalogue (only that one) is loaded before the first render.
// Templates learnt in this browser are known before any screen reads an assessment written on one.
await Promise.all([
  activateLanguage(rememberedLanguage()),
  preloadPageFor(window.location.hash).catch(() => undefined),
  getAppStorage()
    .repository.loadTemplates()
    .catch(() => undefined),
]);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline after the first visit, and new versions offered with "Reload" (production builds only).
appUpdates.start();
