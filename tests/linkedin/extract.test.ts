// @vitest-environment happy-dom
// Extraction of every fixture: positions (single and grouped), descriptions (one copy, full text
// even when collapsed, no "see more", no skills line), About and headline, both markups.
import { describe, expect, it } from 'vitest';
import { extractProfile, looksLikeLocation, type ProfileBlock } from '../../entrypoints/linkedin.content/extract.ts';
import { routeOf } from '../../entrypoints/linkedin.content/route.ts';
import { stripMarker, visibleText } from '../../entrypoints/linkedin.content/text.ts';
import { loadFixture } from './fixtures.ts';

const PROFILE = routeOf('https://www.linkedin.com/in/someone/');
const DETAILS = routeOf('https://www.linkedin.com/in/someone/details/experience/');
const positions = (blocks: ProfileBlock[]) => blocks.filter((b) => b.kind === 'position');
const lines = (text: string) => text.split('\n').map(stripMarker).filter(Boolean);

describe('legacy profile (Ember)', () => {
  const doc = loadFixture('profile-legacy.html');
  const { markup, blocks } = extractProfile(doc, PROFILE);

  it('recognises the markup and finds headline, About and the 4 described positions', () => {
    expect(markup).toBe('legacy');
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'about', 'position', 'position', 'position', 'position']);
  });

  it('reads the headline as one line', () => {
    expect(blocks[0]!.text).toBe('Senior Product Manager at Lumen Health | Ex-Shopify | Building tools clinicians love');
  });

  it('reads one copy of About, paragraphs kept, without "see more"', () => {
    const about = blocks[1]!.text;
    expect(about.startsWith('I am a passionate product manager')).toBe(true);
    expect(about).toContain('\n\nI was responsible for many different initiatives');
    expect(about.match(/I am a passionate/g)).toHaveLength(1);
    expect(about).not.toMatch(/see more/);
  });

  it('reads the full collapsed description once, one bullet per line, without the skills line', () => {
    const lumen = positions(blocks)[0]!;
    expect(lumen.position).toEqual({
      title: 'Senior Product Manager',
      company: 'Lumen Health',
      dates: 'Mar 2022 - Present · 2 yrs 10 mos',
      location: 'Berlin, Germany · Hybrid',
    });
    expect(lines(lumen.text)).toEqual([
      'Led the redesign of patient onboarding, lifting 30-day activation from 41% to 58% across 120k new users.',
      'Responsible for maintaining the CI pipeline',
      'Worked on various projects with cross-functional teams',
      'Ran 14 A/B tests on the pricing page; the winning variant added €1.2M ARR while trading off short-term trial volume.',
      'Managed a team of 8 engineers',
      'Utilized cutting-edge synergies to leverage best-in-class solutions',
    ]);
    expect(lumen.text).not.toMatch(/Skills|see more|visually reveals/);
  });

  it('gives each role of a grouped company its own block, with the company from the group', () => {
    const [, checkout, apm] = positions(blocks);
    expect(checkout!.position).toMatchObject({ title: 'Product Manager, Checkout', company: 'Shopify', dates: 'Jan 2020 - Feb 2022 · 2 yrs 2 mos' });
    expect(lines(checkout!.text)).toEqual([
      'Was tasked with improving the checkout flow',
      'Cut checkout abandonment 12% by shipping one-page checkout to 1.7M merchants',
    ]);
    expect(apm!.position).toMatchObject({ title: 'Associate Product Manager', company: 'Shopify' });
    expect(apm!.text).toBe('I helped the team launch a new reporting dashboard for merchants. Reports were generated faster after the launch.');
  });

  it('keeps emoji and non-Latin text intact', () => {
    const mercari = positions(blocks)[3]!;
    expect(mercari.position).toMatchObject({ title: 'Product Analyst', company: '株式会社メルカリ', location: '東京都 港区, Japan' });
    expect(mercari.text).toBe('📈 Built a churn model in Python that flagged 3,000 at-risk sellers; retention outreach saved ¥40M in GMV 🎯');
  });

  it('skips the position without a description and the Education card', () => {
    expect(blocks.some((b) => b.label.includes('Barista'))).toBe(false);
    expect(blocks.some((b) => b.text.includes('student newsletter'))).toBe(false);
  });

  it('anchors each block where a sibling can go: positions inside their own list item, About in its card', () => {
    for (const b of positions(blocks)) {
      expect(b.anchor.contains(b.source)).toBe(true);
      expect(b.anchor.parentElement!.tagName).toBe('LI');
    }
    expect(blocks[1]!.anchor.parentElement!.matches('section.artdeco-card')).toBe(true);
  });

  it('reads nothing off-profile routes (the feed URL), even on a profile page', () => {
    expect(extractProfile(doc, routeOf('https://www.linkedin.com/feed/')).blocks).toEqual([]);
  });
});

describe('new profile (SDUI)', () => {
  const doc = loadFixture('profile-sdui.html');
  const { markup, blocks } = extractProfile(doc, PROFILE);

  it('recognises the markup and finds headline, About and the 3 described positions', () => {
    expect(markup).toBe('sdui');
    expect(blocks.map((b) => b.kind)).toEqual(['headline', 'about', 'position', 'position', 'position']);
  });

  it('reads the headline (not pronouns, location or counts) and About', () => {
    expect(blocks[0]!.text).toBe('Engineering Manager, Platform @ Northwind · Kubernetes · Go · Мы строим платформу');
    expect(blocks[1]!.text).toBe(
      'Platform engineering leader. I build teams that make deploys boring.\n\nResults-driven team player with excellent communication skills. At Northwind my team cut the median deploy from 40 minutes to 9 for 300 engineers.',
    );
  });

  it('reads title, company, dates, location and the description from successive <p>s', () => {
    const nw = positions(blocks)[0]!;
    expect(nw.position).toEqual({
      title: 'Engineering Manager, Platform',
      company: 'Northwind Traders',
      dates: 'Apr 2021 - Present · 3 yrs 9 mos',
      location: 'Belgrade, Serbia · Remote',
    });
    expect(lines(nw.text)).toEqual([
      'Responsible for maintaining the CI pipeline',
      'Reduced p99 deploy time from 40 to 9 minutes by moving 300 services to a shared build cache',
      'Leveraged synergies across teams to drive alignment',
      'Hired and grew a team of 11 engineers across 4 time zones 🌍',
    ]);
    expect(nw.text).not.toMatch(/more|skills/);
  });

  it('splits a grouped company into its roles, with a Cyrillic company name', () => {
    const [, senior, swe] = positions(blocks);
    expect(senior!.position).toMatchObject({ title: 'Senior Software Engineer', company: 'Яндекс', location: '' });
    expect(lines(senior!.text)).toEqual([
      'Was responsible for the payments API',
      'Migrated 40 services from Python 2 to Python 3 with zero downtime, cutting p95 latency 35%',
    ]);
    expect(swe!.position).toMatchObject({ title: 'Software Engineer', company: 'Яндекс', location: 'Moscow, Russia · On-site' });
    expect(swe!.text).toBe('Worked on the search backend using Java, Kafka and Redis.');
  });

  it('skips the position without description and the Education card', () => {
    expect(blocks.some((b) => b.label.includes('Research Intern'))).toBe(false);
    expect(blocks.some((b) => b.text.includes('programming club'))).toBe(false);
  });

  it('anchors after the description (and its "…more" button), inside the position', () => {
    const nw = positions(blocks)[0]!;
    expect(nw.anchor.contains(nw.source)).toBe(true);
    expect(nw.anchor.querySelector('button')).not.toBeNull();
  });
});

describe('details pages', () => {
  it('legacy: every described position of the long paged list, grouped roles included', () => {
    const { markup, blocks } = extractProfile(loadFixture('details-experience-legacy.html'), DETAILS);
    expect(markup).toBe('legacy');
    expect(blocks.map((b) => b.position!.title)).toEqual([
      'Staff Software Engineer',
      'Senior Backend Engineer',
      'Backend Engineer',
      'Software Engineer (Contract)',
      'Teaching Assistant 👩‍🏫',
    ]);
    expect(blocks[0]!.position!.company).toBe('楽天グループ株式会社');
    expect(lines(blocks[0]!.text)).toHaveLength(12);
    expect(blocks[1]!.position!.company).toBe('LINE Corporation');
  });

  it('legacy: a lazily appended page is picked up on the next read', () => {
    const doc = loadFixture('details-experience-legacy.html');
    const page2 = loadFixture('details-experience-legacy.page2.html');
    doc.querySelector('ul.pvs-list')!.append(...Array.from(page2.body.children));
    const { blocks } = extractProfile(doc, DETAILS);
    expect(blocks.at(-1)!.position!.title).toBe('Night Shift Clerk');
  });

  it('SDUI: positions of the details section', () => {
    const { markup, blocks } = extractProfile(loadFixture('details-experience-sdui.html'), DETAILS);
    expect(markup).toBe('sdui');
    expect(blocks.map((b) => b.position!.title)).toEqual([
      'Engineering Manager, Platform',
      'Senior Software Engineer',
      'Software Engineer',
      'Junior Developer',
    ]);
    expect(blocks[3]!.position!.company).toBe('Лаборатория Касперского');
    expect(lines(blocks[3]!.text)).toEqual(['Fixed 200+ bugs in the update service', 'Was in charge of release notes']);
  });
});

describe('pages with nothing to critique', () => {
  it('the feed yields nothing and no markup', () => {
    const r = extractProfile(loadFixture('feed.html'), routeOf('https://www.linkedin.com/feed/'));
    expect(r).toEqual({ markup: null, blocks: [] });
  });

  it('an unrecognised profile markup yields no blocks and null markup', () => {
    const doc = new DOMParser().parseFromString('<main><section><h2>Experience</h2><p>Something</p></section></main>', 'text/html');
    expect(extractProfile(doc, PROFILE)).toEqual({ markup: null, blocks: [] });
  });
});

describe('text helpers', () => {
  it('visibleText: <br> and blocks to newlines, comments and buttons dropped', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="x"><span aria-hidden="true"><!---->a<br>b<!----></span><span class="visually-hidden">a b</span><button>…see more</button><p>c</p></div>',
      'text/html',
    );
    expect(visibleText(doc.getElementById('x')!)).toBe('a\nb\nc');
  });

  it('stripMarker drops list markers but not emoji or numbers', () => {
    expect(stripMarker('• Led X')).toBe('Led X');
    expect(stripMarker('- Led X')).toBe('Led X');
    expect(stripMarker('1. Led X')).toBe('Led X');
    expect(stripMarker('📈 Built X')).toBe('📈 Built X');
    expect(stripMarker('-5% churn')).toBe('-5% churn');
  });

  it('looksLikeLocation', () => {
    expect(looksLikeLocation('Berlin, Germany · Hybrid')).toBe(true);
    expect(looksLikeLocation('Remote')).toBe(true);
    expect(looksLikeLocation('東京都 港区, Japan')).toBe(true);
    expect(looksLikeLocation('Built internal tools, mostly in Go')).toBe(false);
    expect(looksLikeLocation('Worked on the search backend using Java, Kafka and Redis.')).toBe(false);
  });
});

describe('legacy markup of 2023 (entities without data-view-name)', () => {
  for (const [name, url] of [
    ['profile-legacy.html', 'https://www.linkedin.com/in/someone/'],
    ['details-experience-legacy.html', 'https://www.linkedin.com/in/someone/details/experience/'],
  ] as const) {
    it(`${name}: the same blocks when entities are only div.pvs-entity--padded`, () => {
      const route = routeOf(url);
      const current = extractProfile(loadFixture(name), route);
      const older = loadFixture(name);
      const entities = Array.from(older.querySelectorAll('[data-view-name="profile-component-entity"]'));
      expect(entities.length).toBeGreaterThan(0);
      for (const el of entities) {
        el.removeAttribute('data-view-name');
        el.className = 'pvs-entity pvs-entity--padded pvs-list__item--no-padding-when-nested';
      }
      const extracted = extractProfile(older, route);
      expect(extracted.markup).toBe('legacy');
      expect(extracted.blocks.map((b) => [b.kind, b.label, b.text])).toEqual(current.blocks.map((b) => [b.kind, b.label, b.text]));
    });
  }
});
