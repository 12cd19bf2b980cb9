import { type ReactNode } from 'react';
import { Link } from 'wouter';

/** GOV.UK back link to a route of the app (hash routing: wouter makes the href). */
export function BackLink({ href, children = 'Back' }: { href: string; children?: ReactNode }) {
  return (
    <Link href={href} className="govuk-back-link">
      {children}
    </Link>
  );
}
