import { parseAnswerBlocks } from '../../answer-blocks.ts';
import type { OutputKind } from '../output-kind.ts';

export const textOutput: OutputKind = {
  kind: 'text',
  output: (_question, value) => ({ kind: 'text', blocks: parseAnswerBlocks(value as string) }),
  displayText: (_question, value) => value as string,
  csvCell: (_question, value) => value as string,
};
