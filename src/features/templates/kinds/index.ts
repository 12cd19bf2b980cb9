import type { ComponentType } from 'react';
import type { QuestionDefinition } from '@schemas/template-definition.ts';
import { FollowUpEditor } from './follow-up-editor.tsx';
import { ImpactEditor } from './impact-editor.tsx';
import { OptionsEditor } from './options-editor.tsx';
import { TableColumnsEditor } from './table-columns-editor.tsx';

/**
 * The designer's part of each question kind, looked up by kind (DESIGN.md §3): what a new question of
 * the kind starts with, and the editor of its own settings (options, a follow-up…). A kind not listed
 * here is still offered (schemas/kinds lists every kind) with the common fields only.
 */
export type KindEditorProps = {
  question: QuestionDefinition;
  /** The id prefix of the question's fields. */
  idPrefix: string;
  /** Changes some fields of the question; `group` makes typing in one field one undo step. */
  edit: (patch: Record<string, unknown>, group?: string) => void;
  endTyping: () => void;
  /** The template is published in Welsh: texts have their Welsh field beside the English. */
  welsh: boolean;
};

export type DesignerKind = {
  /** Settings a new question of this kind needs besides the common ones. */
  blank?: Record<string, unknown>;
  Editor?: ComponentType<KindEditorProps>;
};

export const designerKinds: Record<string, DesignerKind> = {
  choice: { blank: { options: [] }, Editor: OptionsEditor },
  choices: { blank: { options: [] }, Editor: OptionsEditor },
  'yes-no': { Editor: FollowUpEditor },
  impact: { Editor: ImpactEditor },
  // A new table starts with one text column, to rename, change or add to.
  table: {
    blank: { columns: [{ id: 'item', label: { en: 'Item' }, kind: 'text' }], rowName: { en: 'row' } },
    Editor: TableColumnsEditor,
  },
};

export function designerKind(kind: string): DesignerKind {
  return Object.prototype.hasOwnProperty.call(designerKinds, kind) ? designerKinds[kind]! : {};
}
