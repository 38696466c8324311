// Loads a LinkedIn fixture page into a happy-dom Document (scripts are not run).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(import.meta.dirname, '../fixtures/linkedin');

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));
}

export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/** Replaces the global document's content with a fixture (for code that reads `document`). */
export function useFixture(name: string): Document {
  const doc = loadFixture(name);
  document.documentElement.innerHTML = doc.documentElement.innerHTML;
  return document;
}
