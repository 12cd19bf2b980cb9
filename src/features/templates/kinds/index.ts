import { memo, type ComponentType } from 'react';
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

/** The settings every question has, edited by the question editor itself (not by a kind's editor). */
const COMMON_FIELDS = new Set([
  'label',
  'descriptor',
  'hint',
  'guidance',
  'required',
  'requiredMessage',
  'maxLength',
  'role',
]);

/**
 * A kind's editor that renders again only when the settings it edits change: typing in the question's
 * label (or any common field) leaves a table's columns editor alone. `reads` names the common fields
 * the editor shows all the same (the options editor names the question).
 */
function kindEditor(Editor: ComponentType<KindEditorProps>, reads: readonly string[] = []) {
  const ignored = new Set([...COMMON_FIELDS].filter((f) => !reads.includes(f)));
  return memo(Editor, (a, b) => {
    if (a.idPrefix !== b.idPrefix || a.edit !== b.edit || a.endTyping !== b.endTyping || a.welsh !== b.welsh)
      return false;
    const qa = a.question as Record<string, unknown>;
    const qb = b.question as Record<string, unknown>;
    const keys = new Set([...Object.keys(qa), ...Object.keys(qb)]);
    return [...keys].every((k) => ignored.has(k) || Object.is(qa[k], qb[k]));
  });
}

const Options = kindEditor(OptionsEditor, ['label']);

export const designerKinds: Record<string, DesignerKind> = {
  choice: { blank: { options: [] }, Editor: Options },
  choices: { blank: { options: [] }, Editor: Options },
  'yes-no': { Editor: kindEditor(FollowUpEditor) },
  impact: { Editor: kindEditor(ImpactEditor) },
  // A new table starts with one text column, to rename, change or add to.
  table: {
    blank: { columns: [{ id: 'item', label: { en: 'Item' }, kind: 'text' }], rowName: { en: 'row' } },
    Editor: kindEditor(TableColumnsEditor),
  },
};

export function designerKind(kind: string): DesignerKind {
  return Object.prototype.hasOwnProperty.call(designerKinds, kind) ? designerKinds[kind]! : {};
}
