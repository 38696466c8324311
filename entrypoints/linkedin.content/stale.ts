// The previous page's blocks, still on screen after a navigation. LinkedIn changes the URL first
// (history.pushState, or a popstate on back/forward) and swaps the content once its data arrives,
// while WXT reports the URL change at once (wxt:locationchange): a new page session starting right
// away reads the OLD page. Critiquing it sent the worker one `analyze` per old block (5-6 per
// navigation between the fixture profiles: tests/e2e/hardening-session.e2e.test.ts), mounted
// annotations onto a DOM about to go, and for a moment showed (and scored, in the popup) the
// previous profile as the new one.
//
// So as the URL changes, what is on screen is read as the next page would read it (element and
// text: leftOnScreen), and the next session holds back each block that is still the same element
// with the same text as on another page before the navigation. The page changing it (a new
// element, or new text in the same element) releases it at once, so a fast navigation is not
// slowed down; a grace period releases the rest, so a URL change that keeps the content still
// ends up annotated. Element identity and text are all this relies
// on: LinkedIn's markup is not known well enough to tell an old page from a new one by structure.

/** A block (or edit field) as read: its text, and the page (route.ts pageKeyOf) it came from. */
export interface ReadBlock {
  text: string;
  page: string;
}

/** What was read, by element. Weak maps behind it: it never keeps an old page's DOM alive. */
export interface Seen {
  get(el: Element): ReadBlock | undefined;
}

/** A block or field on screen: the element whose text was read, and that text. */
export interface OnScreen {
  el: Element;
  text: string;
}

/**
 * What the next page's session holds back: `now`, the blocks on screen as the URL changes (read
 * with the next page's route, so exactly what its first scan will read), each with the page it
 * came from (`origin`), over `read`, what the departing session read on its own page. Where the
 * URL change is seen late (WXT polls where the Navigation API is missing), the screen may already
 * show the next page: then `now` is empty and `read` alone answers.
 */
export function leftOnScreen(now: readonly OnScreen[], origin: (el: Element, text: string) => string, read: Seen | null): Seen {
  const map = new WeakMap<Element, ReadBlock>();
  for (const { el, text } of now) map.set(el, { text, page: origin(el, text) });
  return { get: (el) => map.get(el) ?? read?.get(el) };
}

/**
 * How long a block left over from the previous page is held back when nothing changes it. The
 * content swap normally comes well within it (the fixtures' navigations: 0-300 ms); past it, the
 * block is critiqued as this page's own (a pushState that kept the content, a very slow fetch).
 */
export const STALE_GRACE_MS = 2000;

export interface StaleGateOptions {
  graceMs?: number;
  now?: () => number;
}

export interface Sifted<T> {
  /** The items to critique now, in their order. */
  fresh: T[];
  /** How many were held back. */
  held: number;
}

export class StaleGate {
  /** Held once, then found changed (or the grace period was over): never held again. */
  private readonly released = new WeakSet<Element>();
  private until: number;
  private readonly now: () => number;
  /** Dropped once the grace period is over: nothing of the old page is kept past it. */
  private previous: Seen | null;

  /**
   * @param previous what the previous session read (null: nothing to hold back, e.g. the first
   *   page, or an edit form opening over the same profile)
   * @param page this session's page: blocks read on this very page (back/forward before LinkedIn
   *   swapped anything) are its own, not stale
   */
  constructor(
    previous: Seen | null,
    readonly page: string,
    options: StaleGateOptions = {},
  ) {
    this.previous = previous;
    this.now = options.now ?? (() => performance.now());
    this.until = previous ? this.now() + (options.graceMs ?? STALE_GRACE_MS) : -Infinity;
  }

  /** Milliseconds left of the grace period (0 once it is over, or with nothing to hold back). */
  remaining(): number {
    return Math.max(0, this.until - this.now());
  }

  /** Ends the grace period now: nothing is held back any more. */
  release(): void {
    this.until = -Infinity;
    this.previous = null;
  }

  /**
   * The page a block still showing the previous page's text was read on, when it is to be held
   * back now; null when it is to be critiqued.
   */
  heldFrom(el: Element, text: string): string | null {
    const before = this.previous?.get(el);
    if (!before || before.page === this.page || this.released.has(el)) return null;
    if (this.now() >= this.until) {
      this.release();
      return null;
    }
    if (before.text !== text || !el.isConnected) {
      this.released.add(el);
      return null;
    }
    return before.page;
  }

  /**
   * Splits one scan's items into those to critique now and those held back, and records every one
   * of them in `seen` (when given) for the next navigation: a held item keeps the page it came
   * from, so going back to that page before LinkedIn swapped anything critiques it at once.
   */
  sift<T>(items: readonly T[], read: (item: T) => OnScreen, seen: WeakMap<Element, ReadBlock> | null): Sifted<T> {
    const fresh: T[] = [];
    let held = 0;
    for (const item of items) {
      const { el, text } = read(item);
      const from = this.heldFrom(el, text);
      if (from === null) fresh.push(item);
      else held++;
      seen?.set(el, { text, page: from ?? this.page });
    }
    return { fresh, held };
  }
}
