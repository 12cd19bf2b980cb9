import { Text } from '@react-pdf/renderer';
import { Children, isValidElement, type ReactNode } from 'react';
import { PageFooter } from './page-footer.tsx';
import { styles } from './styles.ts';

/**
 * The texts that repeat on every page, worded by the caller (from the view-model, in its language: "Page 2
 * of 5", "Tudalen 2 o 5"): the running header (from page 2), the footer's status and export date, and the
 * page number in words.
 */
export type FurnitureTexts = {
  header: string;
  status: string;
  exported: string;
  pageOf: (pageNumber: number, totalPages: number) => string;
};

/**
 * What repeats on every page, drawn around the page's content as react-pdf's page `layout` (the content
 * is measured once and packed into pages, then each page is built around what landed on it, with its
 * number and the page count known): the running header (from page 2, at most two lines), the content,
 * the footer. Text is read (and extracted) in the order header, content, footer.
 *
 * Not `render` callbacks: with one on a page, react-pdf's older paginator re-lays out all the remaining
 * content at every page break (a 44-page appendix took 2.3 s instead of 1.6 s).
 */
export function PageFurniture({
  texts,
  pageNumber = 1,
  totalPages,
  subPageNumber,
  children,
}: {
  texts: FurnitureTexts;
  pageNumber?: number | undefined;
  totalPages?: number | undefined;
  /** Set by react-pdf only while it paginates (not when it first measures the content). */
  subPageNumber?: number | undefined;
  children?: ReactNode;
}) {
  // react-pdf paginates twice when a layout may read the page count: first only to count the pages, then
  // for good; and for each page it first lays out the layout around a stand-in (the probe) to measure
  // the room left for content. The furniture is absolutely positioned, so it never changes that room:
  // - the probe is measured alone (the header and footer were laid out twice per page otherwise);
  // - the counting round's pages are thrown away once counted, so they are built empty (the page's
  //   content was laid out again for each of them: a sixth of the time of a 54-page appendix);
  // - the first measure of the content (before pagination, no page number yet) is the content alone.
  const probe = isRegionProbe(children);
  if (probe || subPageNumber === undefined) return <>{children}</>;
  if (totalPages === undefined) return null;
  return (
    <>
      {pageNumber > 1 ? <Text style={styles.header}>{texts.header}</Text> : null}
      {children}
      <PageFooter
        status={texts.status}
        exported={texts.exported}
        page={texts.pageOf(pageNumber, totalPages)}
      />
    </>
  );
}

/**
 * The stand-in node that react-pdf's paginator lays out to measure a page's content region
 * (@react-pdf/layout's `probeElement`, marked by a `__probe` prop). A layout must render it.
 */
function isRegionProbe(children: ReactNode): boolean {
  return Children.toArray(children).some((child) => {
    const node: unknown = isValidElement<{ node?: unknown }>(child) ? child.props.node : undefined;
    const props = (node as { props?: object } | undefined)?.props;
    return !!props && '__probe' in props;
  });
}
