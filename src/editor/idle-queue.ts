/** Work done when the page is idle, one small task at a time, so it never delays input or opening. */

type Task = () => void;

const queue = new Set<Task>();
let scheduled = false;

function schedule(): void {
  if (scheduled || queue.size === 0) return;
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(drain, { timeout: 2000 });
  else setTimeout(() => drain(null), 50);
}

function drain(deadline: IdleDeadline | null): void {
  scheduled = false;
  for (const task of queue) {
    queue.delete(task);
    task();
    if (!deadline || deadline.timeRemaining() < 2) break;
  }
  schedule();
}

/** Runs `task` in a later idle period, in the order queued; returns a function that cancels it. */
export function whenIdle(task: Task): () => void {
  queue.add(task);
  schedule();
  return () => queue.delete(task);
}
