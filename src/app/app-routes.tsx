import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { AboutPage, AssessmentRoute, BinPage, LibraryPage } from './lazy-pages.tsx';
import { NotFound } from './not-found.tsx';

/** Composes the features. Features never import each other; this file wires them to routes. */
export function AppRoutes() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Switch>
        <Route path="/">
          <LibraryPage />
        </Route>
        <Route path="/bin">
          <BinPage />
        </Route>
        <Route path="/about">
          <AboutPage />
        </Route>
        <Route path="/assessments/:id/*?">
          {(params) => <AssessmentRoute id={params.id} rest={params['*']} />}
        </Route>
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Suspense>
  );
}

function PageLoading() {
  return (
    <p className="govuk-body" role="status">
      Loading…
    </p>
  );
}
