import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import {
  AboutPage,
  AssessmentRoute,
  BinPage,
  ChooseTemplatePage,
  CopyTemplatePage,
  LibraryPage,
  OverviewRoute,
  TemplateDraftRoute,
  TemplatesPage,
} from './lazy-pages.tsx';
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
        <Route path="/overview">
          <OverviewRoute />
        </Route>
        <Route path="/new">
          <ChooseTemplatePage />
        </Route>
        <Route path="/templates">
          <TemplatesPage />
        </Route>
        <Route path="/templates/copy-with-additions/:key">
          {(params) => <CopyTemplatePage templateKey={decodeURIComponent(params.key)} withAdditions />}
        </Route>
        <Route path="/templates/copy/:key">
          {(params) => <CopyTemplatePage templateKey={decodeURIComponent(params.key)} />}
        </Route>
        <Route path="/templates/:id/draft/*?">
          {(params) => <TemplateDraftRoute templateId={decodeURIComponent(params.id)} rest={params['*']} />}
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
