// @vitest-environment happy-dom
// Every selector in selectors.ts is proven by the fixtures PROOF names, and PROOF names them all.
import { describe, expect, it } from 'vitest';
import { EDIT, LEGACY, PROOF, ROUTES, SDUI } from '../../entrypoints/linkedin.content/selectors.ts';
import { fixtureNames, loadFixture } from './fixtures.ts';

const GROUPS = { LEGACY, SDUI, EDIT } as const;

describe('selectors.ts', () => {
  for (const [group, selectors] of Object.entries(GROUPS)) {
    const proof = PROOF[group as keyof typeof PROOF] as Record<string, string[]>;
    it(`${group}: every selector has a fixture, and only known selectors are listed`, () => {
      expect(Object.keys(proof).sort()).toEqual(Object.keys(selectors).sort());
      for (const files of Object.values(proof)) expect(files.length).toBeGreaterThan(0);
    });
    for (const [key, selector] of Object.entries(selectors)) {
      for (const file of proof[key] ?? []) {
        it(`${group}.${key} matches in ${file}`, () => {
          expect(fixtureNames()).toContain(file);
          expect(loadFixture(file).querySelectorAll(selector as string).length).toBeGreaterThan(0);
        });
      }
    }
  }

  it('legacy selectors do not match the new markup and vice versa', () => {
    const sdui = loadFixture('profile-sdui.html');
    for (const key of ['experienceAnchor', 'entity', 'description', 'topCard'] as const) {
      expect(sdui.querySelectorAll(LEGACY[key]).length, key).toBe(0);
    }
    const legacy = loadFixture('profile-legacy.html');
    for (const key of ['experienceCard', 'item', 'topCard', 'about'] as const) {
      expect(legacy.querySelectorAll(SDUI[key]).length, key).toBe(0);
    }
  });

  it('LEGACY.description matches description containers, never their buttons', () => {
    const doc = loadFixture('profile-legacy.html');
    for (const el of Array.from(doc.querySelectorAll(LEGACY.description))) {
      expect(el.tagName).toBe('DIV');
      expect(el.className).not.toMatch(/__button|__link-container/);
    }
  });

  it('EDIT selectors each pick exactly their field', () => {
    expect(loadFixture('edit-position-legacy.html').querySelectorAll(EDIT.legacyDescription)).toHaveLength(1);
    expect(loadFixture('edit-about-legacy.html').querySelectorAll(EDIT.legacySummary)).toHaveLength(1);
    const intro = loadFixture('edit-intro-legacy.html').querySelectorAll(EDIT.legacyHeadline);
    expect(intro).toHaveLength(1);
    expect(intro[0]!.id).toMatch(/-headline$/);
  });

  it('ROUTES tell profile, details and edit URLs apart', () => {
    expect(ROUTES.profile.test('/in/maria-jose-nunez/')).toBe(true);
    expect(ROUTES.profile.test('/in/maria-jose-nunez/details/experience/')).toBe(false);
    expect(ROUTES.details.test('/in/hanako-yamada/details/experience/')).toBe(true);
    expect(ROUTES.edit.test('/in/maria-jose-nunez/edit/forms/position/2084137629/')).toBe(true);
    expect(ROUTES.edit.test('/in/maria-jose-nunez/')).toBe(false);
  });
});
