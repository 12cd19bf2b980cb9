import { describe, expect, it } from 'vitest';
import {
  addColumn,
  moveColumn,
  newColumnId,
  removeColumn,
  renameColumn,
  withColumnKind,
  type DraftColumn,
} from '@/domain/designer/table-columns.ts';

const action: DraftColumn = { id: 'action', label: { en: 'Action' }, kind: 'text', maxLength: 200 };
const owner: DraftColumn = { id: 'owner', label: { en: 'Owner', cy: 'Perchennog' }, kind: 'text' };

describe('table columns in the designer', () => {
  it('adds a column with an id made from its heading, never one already used', () => {
    expect(addColumn([action], 'Due date', 'date')).toEqual([
      action,
      { id: 'dueDate', label: { en: 'Due date' }, kind: 'date' },
    ]);
    expect(newColumnId([action], 'Action')).toBe('action2');
    expect(newColumnId([], '2nd')).toBe('column2nd');
  });

  it('gives a new choice column an empty list of options', () => {
    expect(addColumn([], 'Status', 'choice')).toEqual([
      { id: 'status', label: { en: 'Status' }, kind: 'choice', options: [] },
    ]);
  });

  it('moves a column left and right, and leaves the ends alone', () => {
    expect(moveColumn([action, owner], 'owner', -1).map((c) => c.id)).toEqual(['owner', 'action']);
    expect(moveColumn([action, owner], 'owner', 1).map((c) => c.id)).toEqual(['action', 'owner']);
    expect(removeColumn([action, owner], 'action')).toEqual([owner]);
  });

  it('renames a column keeping its id and its Welsh (marked for review)', () => {
    expect(renameColumn(owner, 'Lead')).toEqual({
      id: 'owner',
      label: { en: 'Lead', cy: 'Perchennog', cyNeedsReview: true },
      kind: 'text',
    });
  });

  it('changes a column’s kind: options only for a choice, a maximum length only for text', () => {
    const choice = withColumnKind(action, 'choice');
    expect(choice).toEqual({ id: 'action', label: { en: 'Action' }, kind: 'choice', options: [] });
    expect(withColumnKind(choice, 'date')).toEqual({ id: 'action', label: { en: 'Action' }, kind: 'date' });
    expect(withColumnKind(action, 'text')).toBe(action);
  });
});
