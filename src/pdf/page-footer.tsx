import { Text } from '@react-pdf/renderer';
import { styles } from './styles.ts';

/**
 * The footer of every page: status, export date and the page number ("Page X of Y"), already worded. Two
 * absolutely placed Texts, read status first, page number last; no wrapping View (the furniture is laid
 * out again on every page). The status line is one string, so one run of text to lay out and draw on
 * each page (written as `{status} · {exported}` it was three).
 */
export function PageFooter({ status, exported, page }: { status: string; exported: string; page: string }) {
  return (
    <>
      <Text style={styles.footerStatus}>{`${status} · ${exported}`}</Text>
      <Text style={styles.footerPage}>{page}</Text>
    </>
  );
}
