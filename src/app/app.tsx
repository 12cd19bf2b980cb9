import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppRoutes } from './app-routes.tsx';
import { Layout } from './layout.tsx';
import { appUpdates } from './service-worker.ts';
import { UpdateBanner } from './update-banner.tsx';

/** Hash routing: the app is static files, so every URL must work when opened from any host. */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Layout>
        <UpdateBanner updates={appUpdates} />
        <AppRoutes />
      </Layout>
    </Router>
  );
}
