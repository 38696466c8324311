// Generated LinkedIn fixture pages for the hardening e2e tests (legacy Ember markup, the same
// structure as tests/fixtures/linkedin/profile-legacy.html): a profile too big to write by hand.
//
//   bigProfileHtml({ positions: 30, bullets: 8 })  // 30 positions x 8 bullets = 240 bullets
//
// Deterministic: the same arguments give the same page, so timings compare across runs.
import { readFileSync } from 'node:fs';

export const BIG_PROFILE = 'https://www.linkedin.com/in/big-profile-tester/';

/**
 * The hand-written legacy fixture's stylesheet, so the generated page lays out like it (and like
 * LinkedIn): one position per row of the flex-wrap list. Without it the 30 positions sat side by
 * side in one flex line, and every page layout measured all of them.
 */
const LEGACY_STYLE = /<style>[\s\S]*?<\/style>/.exec(
  readFileSync(new URL('../fixtures/linkedin/profile-legacy.html', import.meta.url), 'utf8'),
)![0];

const VERBS = ['Led', 'Built', 'Cut', 'Shipped', 'Migrated', 'Designed', 'Grew', 'Reduced', 'Launched', 'Automated', 'Hired', 'Scaled'];
const OBJECTS = [
  'the billing pipeline',
  'our onboarding flow',
  'the search ranking service',
  'a shared build cache',
  'the mobile checkout',
  'the data warehouse',
  'an on-call rotation',
  'the pricing page',
  'a feature-flag system',
  'the partner API',
];
const WEAK = [
  'Responsible for maintaining {o}',
  'Worked on various projects involving {o}',
  'Was tasked with improving {o}',
  'Helped with {o} across teams',
  'Utilized cutting-edge synergies to leverage {o}',
];

/** Escapes text for an HTML text node. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The i-th bullet of the j-th position: about one in three is weak, the rest have metrics. */
export function bigBullet(position: number, i: number): string {
  const n = position * 8 + i;
  const object = OBJECTS[n % OBJECTS.length]!;
  if (n % 3 === 1) return WEAK[n % WEAK.length]!.replace('{o}', object) + ` (${position + 1}.${i + 1})`;
  const verb = VERBS[n % VERBS.length]!;
  return `${verb} ${object}, cutting p95 latency ${10 + (n % 50)}% for ${(n % 9) + 1}${n % 2 ? 'M' : '00k'} users (${position + 1}.${i + 1})`;
}

const twice = (text: string) =>
  `<span aria-hidden="true"><!---->${text}<!----></span><span class="visually-hidden"><!---->${text}<!----></span>`;

function position(p: number, bullets: number): string {
  const lines = Array.from({ length: bullets }, (_, i) => `• ${escapeHtml(bigBullet(p, i))}`).join('<br>');
  const year = 2024 - p;
  return `
      <li class="artdeco-list__item pvs-list__item--line-separated pvs-list__item--one-column">
        <div class="pvs-entity--padded pvs-list__item--no-padding-in-columns" data-view-name="profile-component-entity">
          <div><div class="pvs-entity__logo" aria-hidden="true">${String.fromCharCode(65 + (p % 26))}</div></div>
          <div class="display-flex flex-column full-width align-self-center">
            <div class="display-flex flex-row justify-space-between">
              <div class="display-flex flex-column full-width">
                <div class="display-flex align-items-center mr1 t-bold">${twice(`Engineer ${p + 1}`)}</div>
                <span class="t-14 t-normal">${twice(`Company ${p + 1} · Full-time`)}</span>
                <span class="t-14 t-normal t-black--light"><span class="pvs-entity__caption-wrapper" aria-hidden="true"><!---->Jan ${year} - Dec ${year} · 1 yr<!----></span><span class="visually-hidden"><!---->Jan ${year} - Dec ${year} · 1 yr<!----></span></span>
              </div>
            </div>
            <div class="pvs-list__outer-container pvs-entity__sub-components">
              <ul class="pvs-list">
                <li class="pvs-list__item--with-top-padding">
                  <div class="display-flex"><div class="display-flex full-width">
                    <div class="pv-shared-text-with-see-more full-width t-14 t-normal t-black display-flex align-items-center">
                      <div class="inline-show-more-text--is-collapsed inline-show-more-text--is-collapsed-with-line-clamp full-width" style="-webkit-line-clamp:3;" tabindex="-1">${twice(lines)}<button class="inline-show-more-text__button link" aria-expanded="false" type="button"><span aria-hidden="true">…see more</span></button></div>
                    </div>
                  </div></div>
                </li>
              </ul>
            </div>
          </div>
        </div>
      </li>`;
}

/**
 * A legacy profile page with a headline and `positions` positions of `bullets` bullets each
 * (no About), served as BIG_PROFILE. The extension annotates the headline and every position:
 * positions + 1 hosts.
 */
export function bigProfileHtml({ positions = 30, bullets = 8 }: { positions?: number; bullets?: number } = {}): string {
  const items = Array.from({ length: positions }, (_, p) => position(p, bullets)).join('\n');
  return `<!DOCTYPE html>
<html lang="en" class="theme theme--light">
<head>
<meta charset="utf-8">
<title>Big Profile | LinkedIn</title>
${LEGACY_STYLE}
</head>
<body class="render-mode-BIGPIPE nav-v2 ember-application">
<header class="global-nav" id="global-nav"><span class="global-nav__logo">in</span></header>
<div class="application-outlet">
<main class="scaffold-layout__main" id="main" aria-label="Main Feed">
<section class="artdeco-card ember-view pv-top-card" data-member-id="12345678">
  <div class="ph5 pb5"><div class="mt2 relative">
    <div><h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">Big Profile</h1></div>
    <div class="text-body-medium break-words">Staff Engineer | Results-driven leader passionate about synergy</div>
  </div></div>
</section>
<section class="artdeco-card pv-profile-card break-words mt2" data-view-name="profile-card">
  <div id="experience" class="pv-profile-card__anchor"></div>
  <div class="pvs-header__container"><h2 class="pvs-header__title">${twice('Experience')}</h2></div>
  <div class="pvs-list__outer-container">
    <ul class="pvs-list ph5 display-flex flex-row flex-wrap">
${items}
    </ul>
  </div>
</section>
</main>
</div>
</body>
</html>
`;
}
