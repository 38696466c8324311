// Cooperative scheduling for work our content scripts do on the host page's main thread. Content
// scripts share that thread with LinkedIn and Docs: a task of ours over 50 ms delays the user's
// clicks and keystrokes (a "long task"). Work that grows with the page (annotating a profile of 30
// positions) runs in time slices and gives the main thread back between them.

/** Gives the main thread back to the page; resumes in a later task. */
export function yieldToPage(): Promise<void> {
  // scheduler.yield (Chromium 129+) resumes ahead of other queued tasks of the same priority, so
  // the work is not starved by a busy page; elsewhere a zero-delay timer is the portable fallback.
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Gives the main thread back until a later task, letting the browser render a frame first if one
 * is due: for loops that change the DOM. scheduler.yield resumes ahead of rendering, so a loop of
 * DOM writes that yields that way still has all of its style and layout paid in one frame (seen
 * on a 30-position profile: one 70-120 ms rendering task after all the slices).
 */
export function yieldToFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Main-thread time a slice of work may take before it yields. Well under the 50 ms of a long task
 * so that one more item after the budget (a slice overshoots by at most one item), and a machine
 * several times slower than ours, still stay under it.
 */
export const SLICE_BUDGET_MS = 8;

export interface SlicerOptions {
  budgetMs?: number;
  now?: () => number;
  yieldTo?: () => Promise<void>;
}

/**
 * Returns `checkpoint()`: call it between items of a long loop. It resolves at once while the
 * current slice is within its budget; otherwise it yields to the page and starts a new slice.
 *
 *   const checkpoint = timeSlicer();
 *   for (const item of items) { work(item); await checkpoint(); }
 */
export function timeSlicer(options: SlicerOptions = {}): () => Promise<void> {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const now = options.now ?? (() => performance.now());
  const yieldTo = options.yieldTo ?? yieldToPage;
  let start = now();
  return async () => {
    if (now() - start < budget) return;
    await yieldTo();
    start = now();
  };
}
