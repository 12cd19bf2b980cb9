import { parseAnswerBlocks } from '../../answer-blocks.ts';
import type { OutputKind } from '../output-kind.ts';

export const textareaOutput: OutputKind = {
  kind: 'textarea',
  output: (_question, value) => ({ kind: 'text', blocks: parseAnswerBlocks(value as string) }),
  displayText: (_question, value) => value as string,
  csvCell: (_question, value) => value as string,
};
