import { Text, View } from '@react-pdf/renderer';
import type { PdfViewModel } from '@/domain/pdf-view-model.ts';
import { styles } from './styles.ts';

/**
 * What repeats on every page: the DRAFT mark (unless agreed), the running header (from page 2) and the
 * footer with status, export date and "Page X of Y". Rendered as direct children of each Page.
 */
export function PageFurniture({ vm }: { vm: PdfViewModel }) {
  return (
    <>
      {vm.isDraft ? (
        <Text fixed style={styles.watermark}>
          DRAFT
        </Text>
      ) : null}
      <View
        fixed
        style={styles.header}
        render={({ pageNumber }) =>
          pageNumber > 1 ? <Text style={styles.headerText}>{vm.header}</Text> : null
        }
      />
      <View fixed style={styles.footer}>
        <Text>
          {vm.footer.status} · {vm.footer.exported}
        </Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </>
  );
}
