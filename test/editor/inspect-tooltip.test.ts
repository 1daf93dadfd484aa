import { describe, expect, test } from 'vitest';
import { EditorState } from '@codemirror/state';
import { inspectionField, setInspection } from '../../src/editor/inspect-tooltip.ts';

const info = { name: 'special.jv', signature: 'jv(v, x)', doc: 'Bessel function of the first kind of real order v.' };

function fresh(): EditorState {
  return EditorState.create({ doc: 'special.jv', extensions: inspectionField });
}

describe('the inspection tooltip state', () => {
  test('starts closed and opens with the kernel answer at the cursor', () => {
    const state = fresh();
    expect(state.field(inspectionField)).toBeNull();
    const opened = state.update({ effects: setInspection.of({ pos: 10, info }) }).state;
    expect(opened.field(inspectionField)).toEqual({ pos: 10, info });
  });

  test('closes on an edit (typing) but survives a cursor move', () => {
    const opened = fresh().update({ effects: setInspection.of({ pos: 10, info }) }).state;
    expect(opened.update({ selection: { anchor: 3 } }).state.field(inspectionField)).not.toBeNull();
    expect(opened.update({ changes: { from: 10, insert: '(' } }).state.field(inspectionField)).toBeNull();
  });

  test('closes when told to (Esc)', () => {
    const opened = fresh().update({ effects: setInspection.of({ pos: 10, info }) }).state;
    expect(opened.update({ effects: setInspection.of(null) }).state.field(inspectionField)).toBeNull();
  });
});
