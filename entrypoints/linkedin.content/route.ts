// Decides by URL what a LinkedIn page is: the content script matches the whole site (it is an SPA).
import { ROUTES } from './selectors.ts';

export type RouteKind = 'profile' | 'details' | 'other';

export interface Route {
  kind: RouteKind;
  /** Profile slug ("maria-jose-nunez"), when the page belongs to a profile. */
  slug: string | null;
  /** An edit form is open as its own route (it may also open as a modal on any profile route). */
  edit: boolean;
}

export function routeOf(url: URL | string): Route {
  const u = typeof url === 'string' ? new URL(url) : url;
  if (u.hostname !== 'www.linkedin.com') return { kind: 'other', slug: null, edit: false };
  const path = u.pathname;
  const edit = ROUTES.edit.exec(path);
  if (edit) {
    // The form opens over the profile (or the details page): both stay on screen.
    const kind: RouteKind = /\/details\/experience\//.test(path) ? 'details' : 'profile';
    return { kind, slug: decodeURIComponent(edit[1]!), edit: true };
  }
  const details = ROUTES.details.exec(path);
  if (details) return { kind: 'details', slug: decodeURIComponent(details[1]!), edit: false };
  const profile = ROUTES.profile.exec(path);
  if (profile) return { kind: 'profile', slug: decodeURIComponent(profile[1]!), edit: false };
  return { kind: 'other', slug: null, edit: false };
}

/**
 * Which page a URL shows, as the content script's page sessions see it: a profile (or its details
 * page) is one page whatever its query string, fragment or open edit form. The edit form opens
 * over the profile, whose annotations must stay; LinkedIn adds tracking parameters to profile
 * links. The session follows whatever the page then changes (its MutationObserver), so keeping it
 * costs nothing when LinkedIn does re-render. Slugs are compared without case, as LinkedIn does.
 */
export function pageKeyOf(url: URL | string): string {
  const u = typeof url === 'string' ? new URL(url) : url;
  const route = routeOf(u);
  if (route.kind === 'other') return `other:${u.origin}${u.pathname}${u.search}`;
  return `${route.kind}:${route.slug!.toLowerCase()}`;
}

/**
 * An edit form of the same profile opening, or closing, over a page of another kind (e.g. a
 * profile-level form over the details page): a new session, but the page under the form is the
 * same person's and stays on screen, so none of it is stale (stale.ts).
 */
export function sameProfileEdit(from: Route | null, to: Route): boolean {
  if (!from?.slug || !to.slug || from.slug.toLowerCase() !== to.slug.toLowerCase()) return false;
  return from.edit || to.edit;
}
