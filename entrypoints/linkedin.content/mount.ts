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
 * "ph5" wrappers), the host gets the same inset. Only our host is styled, through custom
 * properties that the shadow root's reset (`all: initial`) leaves alone.
 */
export function alignWithAnchor(host: HTMLElement, anchor: Element): void {
  const view = anchor.ownerDocument.defaultView;
  if (!view) return;
  const style = view.getComputedStyle(anchor);
  for (const side of ['left', 'right'] as const) {
    const px = parseFloat(side === 'left' ? style.paddingLeft : style.paddingRight);
    if (px > 0) host.style.setProperty(`--il-inset-${side}`, `${px}px`);
  }
}
