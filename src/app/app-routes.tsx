import { Route, Switch } from 'wouter';
import { AboutPage } from '@/features/about/about-page.tsx';
import { BinPage } from '@/features/bin/bin-page.tsx';
import { LibraryPage } from '@/features/library/library-page.tsx';
import { AssessmentRoute } from './assessment-route.tsx';
import { NotFound } from './not-found.tsx';

/** Composes the features. Features never import each other; this file wires them to routes. */
export function AppRoutes() {
  return (
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
  );
}
