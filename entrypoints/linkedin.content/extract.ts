// Reads a LinkedIn profile (or its experience details page) into text blocks to critique: one per
// position description, plus the About text and the headline. Both markups (legacy Ember, new SDUI).
// Pure DOM reading: it never changes the page.
import type { Route } from './route.ts';
import { LEGACY, SDUI } from './selectors.ts';
import { lineText, visibleText } from './text.ts';

export type Markup = 'legacy' | 'sdui';
export type BlockKind = 'position' | 'about' | 'headline';

export interface PositionInfo {
  title: string;
  company: string;
  dates: string;
  location: string;
}

export interface ProfileBlock {
  kind: BlockKind;
  markup: Markup;
  /** The element whose text was read: the block's identity across rescans. */
  source: Element;
  /** Our UI goes right after this element (a sibling: LinkedIn's nodes are never changed). */
  anchor: Element;
  text: string;
  /** What the block is, for people: "Senior Product Manager · Lumen Health", "About", "Headline". */
  label: string;
  position?: PositionInfo;
}

export interface ProfileExtract {
  /** Null when neither markup is recognised: then the page is left alone. */
  markup: Markup | null;
  blocks: ProfileBlock[];
}

type Root = Document | Element;

/** Date ranges as LinkedIn prints them: "Mar 2022 - Present · 2 yrs", "2014 - 2016", "2015". */
const DATE_RANGE =
  /^(?:[\p{L}.]{3,10}\s)?\d{4}\s*(?:[-–—]\s*(?:Present|Current|(?:[\p{L}.]{3,10}\s)?\d{4}))?(?:\s*·.*)?$/iu;
const SKILLS_LINE = /^skills:|\+\d+ skills?$/i;
const WORKPLACE = /^(?:remote|hybrid|on-site)$/i;

/** The markups, in the order tried: the first that yields a block is the page's. */
const MARKUPS = [
  ['legacy', legacyBlocks],
  ['sdui', sduiBlocks],
] as const;

export function extractProfile(root: Root, route: Route): ProfileExtract {
  if (route.kind === 'other') return { markup: null, blocks: [] };
  for (const [markup, blocksOf] of MARKUPS) {
    const blocks = [...blocksOf(root, route)];
    if (blocks.length) return { markup, blocks };
  }
  return { markup: detectMarkup(root), blocks: [] };
}

/**
 * extractProfile in time slices: `checkpoint` (utils/yield.ts) is awaited after each block, so
 * reading a long profile (most of a scan's main-thread time: every description's text nodes are
 * walked) never makes one long task. The page may change between slices; a block read before a
 * change is caught by the next scan, which the change schedules.
 */
export async function extractProfileSliced(root: Root, route: Route, checkpoint: () => Promise<void>): Promise<ProfileExtract> {
  if (route.kind === 'other') return { markup: null, blocks: [] };
  for (const [markup, blocksOf] of MARKUPS) {
    const blocks: ProfileBlock[] = [];
    for (const block of blocksOf(root, route)) {
      blocks.push(block);
      await checkpoint();
    }
    if (blocks.length) return { markup, blocks };
  }
  return { markup: detectMarkup(root), blocks: [] };
}

export function detectMarkup(root: Root): Markup | null {
  if (root.querySelector(`${LEGACY.experienceAnchor}, ${LEGACY.entity}, ${LEGACY.topCard}`)) return 'legacy';
  if (root.querySelector(`${SDUI.experienceCard}, ${SDUI.experienceDetails}, ${SDUI.topCard}, ${SDUI.item}`)) {
    return 'sdui';
  }
  return null;
}

// ---------- legacy (Ember) ----------

function* legacyBlocks(root: Root, route: Route): Generator<ProfileBlock> {
  if (route.kind === 'profile') {
    const headline = legacyHeadline(root);
    if (headline) yield headline;
    const about = legacyAbout(root);
    if (about) yield about;
  }
  const scope = route.kind === 'details' ? mainOf(root) : legacyCardOf(root, LEGACY.experienceAnchor);
  if (scope) yield* legacyPositions(scope);
}

function mainOf(root: Root): Element | null {
  return root.querySelector('main') ?? (root instanceof Element ? root : root.body);
}

function legacyCardOf(root: Root, anchor: string): Element | null {
  return root.querySelector(anchor)?.closest(LEGACY.card) ?? null;
}

function legacyHeadline(root: Root): ProfileBlock | null {
  const card = root.querySelector(LEGACY.topCard);
  const el = card?.querySelector(LEGACY.headline);
  if (!el) return null;
  const text = lineText(el);
  if (!text) return null;
  return { kind: 'headline', markup: 'legacy', source: el, anchor: el, text, label: 'Headline' };
}

function legacyAbout(root: Root): ProfileBlock | null {
  const card = legacyCardOf(root, LEGACY.aboutAnchor);
  const el = card?.querySelector(LEGACY.description);
  if (!card || !el) return null;
  const text = visibleText(el);
  if (!text) return null;
  return { kind: 'about', markup: 'legacy', source: el, anchor: childWithin(card, el), text, label: 'About' };
}

function* legacyPositions(scope: Element): Generator<ProfileBlock> {
  const entities = Array.from(scope.querySelectorAll(LEGACY.entity));
  for (const entity of entities) {
    // A company with several roles wraps their entities: only leaf entities are positions.
    if (entity.querySelector(LEGACY.entity)) continue;
    // The first description that is not the skills line (each read once: reading is most of a scan).
    let found: { el: Element; text: string } | undefined;
    for (const el of Array.from(entity.querySelectorAll(LEGACY.description))) {
      const read = visibleText(el);
      if (SKILLS_LINE.test(read.replace(/\s+/g, ' '))) continue;
      found = { el, text: read };
      break;
    }
    if (!found || !found.text) continue;
    const { el: description, text } = found;
    const group = entity.parentElement?.closest(LEGACY.entity) ?? null;
    const title = lineText(entity.querySelector(LEGACY.title));
    const subtitle = lineText(entity.querySelector(LEGACY.subtitle));
    const lights = Array.from(entity.querySelectorAll(LEGACY.lightLine)).filter((el) => !description.contains(el));
    const datesEl = entity.querySelector(LEGACY.dates);
    const dates = lineText(datesEl);
    const location = lights.map((el) => lineText(el)).find((t) => t && t !== dates) ?? '';
    const company = group ? lineText(group.querySelector(LEGACY.title)) : (subtitle.split(' · ')[0] ?? '');
    const li = description.closest('li');
    const container = li && entity.contains(li) ? li : entity;
    yield {
      kind: 'position',
      markup: 'legacy',
      source: description,
      anchor: childWithin(container, description),
      text,
      label: [title, company].filter(Boolean).join(' · ') || 'Position',
      position: { title, company, dates, location },
    };
  }
}

// ---------- new markup (SDUI) ----------

function* sduiBlocks(root: Root, route: Route): Generator<ProfileBlock> {
  if (route.kind === 'profile') {
    const headline = sduiHeadline(root);
    if (headline) yield headline;
    const about = sduiAbout(root);
    if (about) yield about;
  }
  const scope =
    route.kind === 'details'
      ? (root.querySelector(SDUI.experienceDetails) ?? mainOf(root))
      : root.querySelector(SDUI.experienceCard);
  if (scope) yield* sduiPositions(scope);
}

function sduiHeadline(root: Root): ProfileBlock | null {
  const card = root.querySelector(SDUI.topCard);
  if (!card) return null;
  const name = lineText(card.querySelector('h1, h2'));
  for (const p of Array.from(card.querySelectorAll('p'))) {
    const text = lineText(p);
    if (!text || text === name) continue;
    if (/^\(.*\)$/.test(text)) continue; // pronouns
    if (/contact info|connections?$|followers?$/i.test(text)) continue;
    if (looksLikeLocation(text)) continue;
    return { kind: 'headline', markup: 'sdui', source: p, anchor: childWithin(card, p), text, label: 'Headline' };
  }
  return null;
}

function sduiAbout(root: Root): ProfileBlock | null {
  const card = root.querySelector(SDUI.about);
  const box = card?.querySelector(SDUI.expandableText);
  if (!card || !box) return null;
  const text = visibleText(box);
  if (!text) return null;
  return { kind: 'about', markup: 'sdui', source: box, anchor: childWithin(card, box), text, label: 'About' };
}

function* sduiPositions(scope: Element): Generator<ProfileBlock> {
  const items = Array.from(scope.querySelectorAll(SDUI.item)).filter(
    (item) => !item.parentElement?.closest(SDUI.item),
  );
  for (const item of items) {
    const roles = Array.from(item.querySelectorAll('ul > li')).filter((li) => li.querySelector('p'));
    if (roles.length) {
      const ul = roles[0]!.parentElement!;
      const header = Array.from(item.querySelectorAll('p')).filter((p) => !ul.contains(p));
      const company = lineText(header[0]);
      for (const li of roles) {
        const block = sduiPosition(li, company);
        if (block) yield block;
      }
    } else {
      const block = sduiPosition(item, null);
      if (block) yield block;
    }
  }
}

/** A position: title, ["Company · Type"], dates, [location], [description…], [skills] as <p>s. */
function sduiPosition(el: Element, groupCompany: string | null): ProfileBlock | null {
  const ps = Array.from(el.querySelectorAll('p'));
  if (!ps.length) return null;
  const title = lineText(ps[0]);
  const dateIndex = ps.findIndex((p, i) => i > 0 && DATE_RANGE.test(lineText(p)));
  const dates = dateIndex > 0 ? lineText(ps[dateIndex]) : '';
  const company = groupCompany ?? (dateIndex > 1 ? (lineText(ps[1]).split(' · ')[0] ?? '') : '');
  let rest = ps.slice(dateIndex > 0 ? dateIndex + 1 : 1);
  let location = '';
  const box = el.querySelector(SDUI.expandableText);
  const first = rest[0];
  if (first && !(box && first.contains(box)) && looksLikeLocation(lineText(first))) {
    location = lineText(first);
    rest = rest.slice(1);
  }
  let parts: Element[];
  if (box) parts = [box];
  else parts = rest.filter((p) => !SKILLS_LINE.test(lineText(p)));
  const text = parts.map((p) => visibleText(p)).filter(Boolean).join('\n');
  if (!text) return null;
  const column = ps[0]!.parentElement ?? el;
  const last = parts[parts.length - 1]!;
  return {
    kind: 'position',
    markup: 'sdui',
    source: parts[0]!,
    anchor: column.contains(last) ? childWithin(column, last) : last,
    text,
    label: [title, company].filter(Boolean).join(' · ') || 'Position',
    position: { title, company, dates, location },
  };
}

/** "Berlin, Germany · Hybrid", "Remote", "東京都 港区, Japan"; not a sentence of a description. */
export function looksLikeLocation(text: string): boolean {
  if (!text || text.length > 80 || /[.!?;:]$|\n|•/.test(text)) return false;
  const [place = '', workplace] = text.split(/\s+·\s+/);
  if (WORKPLACE.test(place) && workplace === undefined) return true;
  if (workplace !== undefined && !WORKPLACE.test(workplace)) return false;
  const parts = place.split(/,\s*/);
  return parts.length >= 2 && parts.every((part) => /^[\p{Lu}\p{Lo}]/u.test(part));
}

/** The ancestor of `el` (or `el`) that is a direct child of `container`. */
export function childWithin(container: Element, el: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement !== container) node = node.parentElement;
  return node.parentElement === container ? node : el;
}
