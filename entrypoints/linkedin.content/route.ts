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
