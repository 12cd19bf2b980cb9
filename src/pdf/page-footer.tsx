import { Text, View } from '@react-pdf/renderer';
import type { PdfViewModel } from '@/domain/pdf-view-model.ts';
import { styles } from './styles.ts';

/** The footer of every page: status, export date and "Page X of Y". The last child of each Page. */
export function PageFooter({ vm }: { vm: PdfViewModel }) {
  return (
    <View fixed style={styles.footer}>
      <Text>
        {vm.footer.status} · {vm.footer.exported}
      </Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}
