import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadPageFor } from './app/lazy-pages.tsx';
import { appUpdates } from './app/service-worker.ts';
import { activateLanguage, rememberedLanguage } from './components/i18n/i18n.ts';
import './app/styles.scss';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// Load the opened page's chunk first, so the first render shows the page itself, not a placeholder.
// If it fails (a stale deployment, say), render anyway: the route's own fallback and errors take over.
// The interface language's catalogue (only that one) is loaded before the first render, so no page is
// ever drawn in the other language. Pages that read templates learnt in this browser wait for them in
// their own preload (app/lazy-pages.tsx); the home page reads only stored summaries and waits for nothing.
await Promise.all([
  activateLanguage(rememberedLanguage()),
  preloadPageFor(window.location.hash).catch(() => undefined),
]);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline after the first visit, and new versions offered with "Reload" (production builds only).
appUpdates.start();
