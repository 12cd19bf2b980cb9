import { Text, View } from '@react-pdf/renderer';
import { styles } from './styles.ts';

/** The footer of every page: status, export date and the page number ("Page X of Y"), already worded. */
export function PageFooter({ status, exported, page }: { status: string; exported: string; page: string }) {
  return (
    <View style={styles.footer}>
      <Text>
        {status} · {exported}
      </Text>
      <Text>{page}</Text>
    </View>
  );
}
