import { Text, View } from '@react-pdf/renderer';
import type { PdfViewModel } from '@/domain/pdf-view-model.ts';
import { styles } from './styles.ts';

/**
 * What repeats at the top of every page: the DRAFT mark (unless agreed), drawn first so the text sits
 * on it, and the running header (from page 2). The footer is PageFooter, drawn after the content so
 * that text is read (and extracted) in the order header, content, footer.
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
    </>
  );
}
