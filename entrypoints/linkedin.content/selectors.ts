// Every LinkedIn selector the content script uses, in one place. Each one is proven by a fixture in
// tests/fixtures/linkedin/ (see PROOF below and tests/linkedin/selectors.test.ts): when LinkedIn
// changes its markup, this file and its fixtures are what change.
//
// LinkedIn serves two markups at once: the legacy Ember one (stable class names, every text twice)
// and the new server-driven React one ("SDUI": hashed class names, so we anchor on data attributes
// and structure only).

export const LEGACY = {
  /** Anchor div of the Experience card; its section.artdeco-card holds the positions. */
  experienceAnchor: 'div#experience',
  aboutAnchor: 'div#about',
  card: 'section.artdeco-card',
  /** A position, a company wrapping several positions, or an education/other entity. Markup of
   *  2024 on carries data-view-name on the (hash-classed) div.pvs-entity--padded; 2023's had the
   *  class alone ("pvs-entity pvs-entity--padded pvs-list__item--no-padding-when-nested"). */
  entity: 'div[data-view-name="profile-component-entity"], div.pvs-entity--padded',
  /** Visible copy of a text; its twin is in .visually-hidden for screen readers. */
  visibleText: 'span[aria-hidden="true"]',
  hiddenCopy: '.visually-hidden',
  /** Title (or company name of a grouped entity): the first bold line. */
  title: '.t-bold',
  /** "Company · Full-time" (or "Full-time · 4 yrs" on a grouped company). */
  subtitle: 'span.t-14.t-normal:not(.t-black--light)',
  /** Dates and location lines; the dates one holds .pvs-entity__caption-wrapper. */
  lightLine: 'span.t-14.t-normal.t-black--light',
  dates: '.pvs-entity__caption-wrapper',
  /** A description (full text in the DOM even while collapsed behind "…see more"). Matches the
   *  container, not its "__button" or "__link-container" children. */
  description: 'div[class*="inline-show-more-text--is-"], div.inline-show-more-text',
  seeMore: 'button.inline-show-more-text__button',
  /** Top card: the headline lives under the h1 name. */
  topCard: 'section.pv-top-card, section[data-member-id]',
  headline: 'div.text-body-medium.break-words',
} as const;

export const SDUI = {
  experienceCard: '[data-view-name="profile-card-experience"], [componentkey$="ExperienceTopLevelSection"]',
  experienceDetails: '[componentkey$="ExperienceDetailsSection"], [data-testid^="profile_ExperienceDetailsSection_"]',
  /** One company (single position, or several positions under a nested ul > li). */
  item: '[componentkey^="entity-collection-item"]',
  /** The text box of a description or of About (collapsed behind "…more"). */
  expandableText: '[data-testid="expandable-text-box"]',
  topCard: '[componentkey$="Topcard"]',
  about: '[componentkey$="About"]',
} as const;

/** Edit forms: the position description, About and headline fields. */
export const EDIT = {
  legacyDescription:
    'textarea[id^="multiline-text-form-component-profileEditFormElement-POSITION-"][id$="-description"]',
  legacySummary: 'textarea[id*="-profileEditFormElement-SUMMARY-"][id$="-summary"]',
  legacyHeadline:
    'input[id*="-profileEditFormElement-TOP-CARD-"][id$="-headline"], textarea[id*="-profileEditFormElement-TOP-CARD-"][id$="-headline"]',
  /** New markup: candidates, kept only when their accessible label is one of EDIT_LABELS. */
  labelledCandidate:
    'textarea, input[type="text"], input:not([type]), [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
} as const;

/** Accessible labels of the fields we critique in the new markup (English UI). */
export const EDIT_LABELS = { description: 'description', about: 'about', headline: 'headline' } as const;

/** Page routes, decided by URL inside the content script (it matches the whole site). */
export const ROUTES = {
  profile: /^\/in\/([^/]+)\/?$/,
  details: /^\/in\/([^/]+)\/details\/experience\/?$/,
  /** The edit form may be a modal over the profile or its own route. */
  edit: /^\/in\/([^/]+)\/(?:details\/experience\/)?(?:edit|add-edit)\//,
} as const;

/** Our own UI hosts: never read them as page text, and ignore their mutations. */
export const HOST_PREFIX = 'impact-lens-';

type Key<T> = `${string & keyof T}`;
/** Which fixture proves which selector (every selector must appear here: the test enforces it). */
export const PROOF: {
  LEGACY: Record<Key<typeof LEGACY>, string[]>;
  SDUI: Record<Key<typeof SDUI>, string[]>;
  EDIT: Record<Key<typeof EDIT>, string[]>;
} = {
  LEGACY: {
    experienceAnchor: ['profile-legacy.html'],
    aboutAnchor: ['profile-legacy.html'],
    card: ['profile-legacy.html', 'details-experience-legacy.html'],
    entity: ['profile-legacy.html', 'details-experience-legacy.html'],
    visibleText: ['profile-legacy.html', 'details-experience-legacy.html'],
    hiddenCopy: ['profile-legacy.html', 'details-experience-legacy.html'],
    title: ['profile-legacy.html', 'details-experience-legacy.html'],
    subtitle: ['profile-legacy.html', 'details-experience-legacy.html'],
    lightLine: ['profile-legacy.html', 'details-experience-legacy.html'],
    dates: ['profile-legacy.html', 'details-experience-legacy.html'],
    description: ['profile-legacy.html', 'details-experience-legacy.html'],
    seeMore: ['profile-legacy.html', 'details-experience-legacy.html'],
    topCard: ['profile-legacy.html'],
    headline: ['profile-legacy.html'],
  },
  SDUI: {
    experienceCard: ['profile-sdui.html'],
    experienceDetails: ['details-experience-sdui.html'],
    item: ['profile-sdui.html', 'details-experience-sdui.html'],
    expandableText: ['profile-sdui.html', 'details-experience-sdui.html'],
    topCard: ['profile-sdui.html'],
    about: ['profile-sdui.html'],
  },
  EDIT: {
    legacyDescription: ['edit-position-legacy.html'],
    legacySummary: ['edit-about-legacy.html'],
    legacyHeadline: ['edit-intro-legacy.html'],
    labelledCandidate: ['edit-position-sdui.html', 'edit-position-legacy.html'],
  },
};
