import { Fragment, type ReactNode } from 'react';
import { t } from './i18n.ts';
import { useLocale } from './use-locale.ts';

/**
 * A catalogue message whose placeholders are React nodes (a link, a template's wording with its own `lang`):
 * the message is formatted with a marker in each such placeholder, then split around the markers, so the
 * translator keeps the whole sentence (and its word order) in one message.
 */
export function RichMessage({ id, values }: { id: string; values: Record<string, ReactNode> }) {
  useLocale();
  const nodes: ReactNode[] = [];
  const plain: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') plain[name] = value;
    else {
      plain[name] = `\u0000${nodes.length}\u0000`;
      nodes.push(value);
    }
  }
  const parts = t(id, plain).split('\u0000');
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 1 ? nodes[Number(part)] : part}</Fragment>
      ))}
    </>
  );
}
