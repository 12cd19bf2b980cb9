import { Route, Switch } from 'wouter';

/** Composes the features. Features never import each other; this file wires them to routes. */
export function AppRoutes() {
  return (
    <Switch>
      <Route path="/">
        <h1 className="govuk-heading-xl">Your assessments</h1>
      </Route>
      <Route>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">If you typed the web address, check it is correct.</p>
      </Route>
    </Switch>
  );
}
