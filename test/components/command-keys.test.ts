import { describe, expect, test } from 'vitest';
import { createCommandKeyMapper, SHORTCUTS, type KeyPress } from '../../src/components/command-keys.ts';

function press(key: string, mods: Partial<KeyPress> = {}): KeyPress {
  return { key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods };
}

describe('command-mode keys', () => {
  test('single keys map to Jupyter actions', () => {
    const map = createCommandKeyMapper();
    expect(map(press('a'))).toBe('insertAbove');
    expect(map(press('b'))).toBe('insertBelow');
    expect(map(press('m'))).toBe('toMarkdown');
    expect(map(press('y'))).toBe('toCode');
    expect(map(press('r'))).toBe('toRaw');
    expect(map(press('f'))).toBe('findReplace');
    expect(map(press('V', { shiftKey: true }))).toBe('pasteAbove');
    expect(map(press('M', { shiftKey: true }))).toBe('merge');
    expect(map(press('ArrowDown', { shiftKey: true }))).toBe('extendNext');
    expect(map(press('Enter', { shiftKey: true }))).toBe('runAndAdvance');
    expect(map(press('Enter', { ctrlKey: true }))).toBe('runInPlace');
    expect(map(press('Enter', { altKey: true }))).toBe('runAndInsert');
    expect(map(press('s', { ctrlKey: true }))).toBe('save');
    expect(map(press('q'))).toBeNull();
  });

  test('D,D needs two presses inside the window; another key in between resets it', () => {
    let clock = 0;
    const map = createCommandKeyMapper(() => clock);
    expect(map(press('d'))).toBeNull();
    clock = 300;
    expect(map(press('d'))).toBe('deleteCells');
    expect(map(press('i'))).toBeNull();
    expect(map(press('a'))).toBe('insertAbove');
    expect(map(press('i'))).toBeNull();
    clock = 2000;
    expect(map(press('i'))).toBeNull();
    clock = 2100;
    expect(map(press('i'))).toBe('interrupt');
    expect(map(press('0'))).toBeNull();
    expect(map(press('0'))).toBe('restart');
  });

  test('each action appears once in the help table', () => {
    const actions = new Set(SHORTCUTS.map((s) => s.action));
    expect(actions.size).toBe(SHORTCUTS.length);
  });
});
