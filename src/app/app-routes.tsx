import { Route, Switch } from 'wouter';
import { AboutPage } from '@/features/about/about-page.tsx';
import { AssessmentRoute } from './assessment-route.tsx';
import { NotFound } from './not-found.tsx';

/** Composes the features. Features never import each other; this file wires them to routes. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <h1 className="govuk-heading-xl">Your assessments</h1>
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
