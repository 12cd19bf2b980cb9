import { type ReactNode } from 'react';
import { Link } from 'wouter';
import { useT } from '@/components/i18n/use-locale.ts';

/** GOV.UK back link to a route of the app (hash routing: wouter makes the href). */
export function BackLink({ href, children }: { href: string; children?: ReactNode }) {
  const t = useT();
  return (
    <Link href={href} className="govuk-back-link">
      {children ?? t('common.back')}
    </Link>
  );
}
