import { type ReactNode } from 'react';
import { useLocale } from './use-locale.ts';

/**
 * Text that stays in English whatever the interface language (a template's wording that has no Welsh, an
 * answer, a brand name): on a Welsh page it is wrapped in `<span lang="en">`, so screen readers pronounce it
 * as English (WCAG 3.1.2).
 */
export function InEnglish({ children }: { children: ReactNode }) {
  return useLocale() === 'en' ? <>{children}</> : <span lang="en">{children}</span>;
}
