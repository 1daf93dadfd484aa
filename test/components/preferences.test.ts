import { expect, test } from 'vitest';
import { Preferences, type PreferenceStore } from '../../src/components/preferences.svelte.ts';

function memory(): PreferenceStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

test('restarts are confirmed and the tags bar is off until the user says otherwise; both choices are remembered', () => {
  const store = memory();
  const first = new Preferences(store);
  expect(first.confirmRestart).toBe(true);
  expect(first.tagsToolbar).toBe(false);
  first.setConfirmRestart(false);
  first.toggleTagsToolbar();
  const next = new Preferences(store);
  expect(next.confirmRestart).toBe(false);
  expect(next.tagsToolbar).toBe(true);
  next.toggleTagsToolbar();
  expect(new Preferences(store).tagsToolbar).toBe(false);
});

test('blocked or missing storage gives the defaults and never throws', () => {
  const blocked: PreferenceStore = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  const prefs = new Preferences(blocked);
  expect(prefs.confirmRestart).toBe(true);
  expect(() => prefs.setConfirmRestart(false)).not.toThrow();
  expect(prefs.confirmRestart).toBe(false);
  expect(new Preferences(null).tagsToolbar).toBe(false);
});
