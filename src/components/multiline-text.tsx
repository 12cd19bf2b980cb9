import { Fragment } from 'react';

/**
 * Shows text as the user typed it: blank lines separate paragraphs, single line breaks are kept.
 * React escapes the text, so nothing typed is ever read as markup.
 */
export function MultilineText({ text, className = 'govuk-body' }: { text: string; className?: string }) {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '');
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className={classNameFor(className, i === paragraphs.length - 1)}>
          {paragraph.split('\n').map((line, j) => (
            <Fragment key={j}>
              {j > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  );
}

function classNameFor(className: string, last: boolean): string {
  return last ? `${className} govuk-!-margin-bottom-0` : className;
}
