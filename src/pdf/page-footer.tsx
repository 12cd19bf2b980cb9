import { Text, View } from '@react-pdf/renderer';
import { pageOf } from '@/domain/output-strings.ts';
import type { PdfViewModel } from '@/domain/pdf-view-model.ts';
import { styles } from './styles.ts';

/** The footer of every page: status, export date and "Page X of Y" (in the view-model's language). The last child of each Page. */
export function PageFooter({ vm }: { vm: PdfViewModel }) {
  return (
    <View fixed style={styles.footer}>
      <Text>
        {vm.footer.status} · {vm.footer.exported}
      </Text>
      <Text render={({ pageNumber, totalPages }) => pageOf(vm.furniture.pageOf, pageNumber, totalPages)} />
    </View>
  );
}
