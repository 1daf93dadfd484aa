import { expect, test } from 'vitest';
import { performAction, RESTART_PROMPTS, type RestartKind, type ViewHooks } from '../../src/components/notebook-actions.ts';
import type { NotebookStore } from '../../src/store/notebook-store.svelte.ts';

/** A store that records restarts, clears and runs; a view that records what it was asked. */
function setup() {
  const calls: string[] = [];
  const store = {
    restartKernel: async () => void calls.push('restart'),
    clearOutputs: () => void calls.push('clear'),
    runAll: () => void calls.push('runAll'),
    saveCheckpoint: async () => (calls.push('checkpoint'), true),
  } as unknown as NotebookStore;
  const asked: { kind: RestartKind; restart: () => void }[] = [];
  const view = {
    confirmRestart: (kind: RestartKind, restart: () => void) => void asked.push({ kind, restart }),
    checkpointSaved: () => void calls.push('flash'),
  } as unknown as ViewHooks;
  return { store, view, calls, asked };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

test('each restart asks the view first and does nothing until confirmed', async () => {
  const { store, view, calls, asked } = setup();
  performAction(store, 'restart', view);
  performAction(store, 'restartAndClear', view);
  performAction(store, 'restartAndRunAll', view);
  expect(asked.map((a) => a.kind)).toEqual(['restart', 'clear', 'runAll']);
  expect(calls).toEqual([]);
  for (const { restart } of asked) restart();
  await settle();
  expect(calls).toEqual(['restart', 'restart', 'restart', 'clear', 'runAll']);
});

test("the questions are Jupyter's", () => {
  expect(RESTART_PROMPTS.restart).toEqual({
    title: 'Restart kernel?',
    message: 'Do you want to restart the current kernel? All variables will be lost.',
    confirmLabel: 'Restart',
  });
});

test('Save and Checkpoint (menu, S, Ctrl+S) tells the view once the checkpoint is made', async () => {
  const { store, view, calls } = setup();
  performAction(store, 'save', view);
  performAction(store, 'saveCheckpoint', view);
  await settle();
  expect(calls).toEqual(['checkpoint', 'checkpoint', 'flash', 'flash']);
});
