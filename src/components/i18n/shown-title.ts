import { UNTITLED } from '@/domain/summary-shape.ts';
import { t } from './i18n.ts';

/** An assessment's title as shown: the domain's "Untitled assessment" placeholder in the interface language. */
export function shownTitle(title: string): string {
  return title === UNTITLED || title.trim() === '' ? t('library.untitled') : title;
}
