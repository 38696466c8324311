// How a piece of our UI gets onto the page: a host element right after an anchor. In the extension
// it is WXT's createShadowRootUi (index.tsx); unit tests use a plain open shadow root.
import { render, type VNode } from 'preact';

export interface Host {
  /** Renders (or re-renders) into the host's shadow root. */
  render(vnode: VNode): void;
  remove(): void;
  readonly element: HTMLElement;
}

export type MountHost = (anchor: Element, name: HostName) => Promise<Host>;

/** Tags of our hosts: every one starts with `impact-lens-` (the test contract). */
export type HostName = 'impact-lens-annotations' | 'impact-lens-editor';

/** A host without WXT: for unit tests and as a fallback. */
export const mountPlainHost: MountHost = async (anchor, name) => {
  const element = anchor.ownerDocument.createElement(name);
  const shadow = element.attachShadow({ mode: 'open' });
  const container = anchor.ownerDocument.createElement('div');
  shadow.append(container);
  anchor.after(element);
  return {
    element,
    render: (vnode) => render(vnode, container),
    remove: () => {
      render(null, container);
      element.remove();
    },
  };
};

/**
 * Lines a host up with the page block it follows: when that block pads its content (LinkedIn's
 * "ph5" wrappers), the host gets the same inset, through custom properties that the shadow root's
 * reset leaves alone.
 */
export interface Inset {
  left: number;
  right: number;
}

/** The anchor's horizontal padding. A read only: call it for every block before mounting any. */
export function readInset(anchor: Element): Inset {
  const view = anchor.ownerDocument.defaultView;
  if (!view) return { left: 0, right: 0 };
  const style = view.getComputedStyle(anchor);
  return { left: parseFloat(style.paddingLeft) || 0, right: parseFloat(style.paddingRight) || 0 };
}

export function applyInset(host: HTMLElement, inset: Inset): void {
  if (inset.left > 0) host.style.setProperty('--il-inset-left', `${inset.left}px`);
  if (inset.right > 0) host.style.setProperty('--il-inset-right', `${inset.right}px`);
}

/**
 * The extension's host: what WXT's createShadowRootUi builds (an open shadow root holding
 * html > head(style) + body, keystrokes kept inside), without its `ctx.onInvalidated(remove)`.
 * That registration is never released, so on a single-page app every removed host, and the old
 * page it was anchored to, stayed reachable for the tab's lifetime: measured over 50 SPA
 * navigations (tests/e2e/hardening-session.e2e.test.ts), 28 listeners and 350 nodes kept per
 * navigation. Our page session already removes its hosts on teardown (page.ts), so none is lost.
 */
export function mountIsolatedHost(css: string): MountHost {
  return async (anchor, name) => {
    const doc = anchor.ownerDocument;
    const element = doc.createElement(name);
    const shadow = element.attachShadow({ mode: 'open' });
    const html = doc.createElement('html');
    const head = doc.createElement('head');
    const body = doc.createElement('body');
    const style = doc.createElement('style');
    style.textContent = css;
    head.append(style);
    html.append(head, body);
    shadow.append(html);
    // Keystrokes in our UI must not reach LinkedIn's shortcuts or its form handlers.
    for (const type of ['keydown', 'keyup', 'keypress']) body.addEventListener(type, (e) => e.stopPropagation());
    anchor.after(element);
    return {
      element,
      render: (vnode) => render(vnode, body),
      remove: () => {
        render(null, body);
        element.remove();
      },
    };
  };
}
