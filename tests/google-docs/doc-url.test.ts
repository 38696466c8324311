import { describe, expect, it } from 'vitest';
import { buildExportUrl, parseDocUrl } from '../../utils/docs/doc-url.ts';

const ID = '1fixtureDocId0123456789abcdef';

describe('parseDocUrl', () => {
  it.each([
    [`https://docs.google.com/document/d/${ID}/edit`, { docId: ID }],
    [`https://docs.google.com/document/d/${ID}/edit?tab=t.0`, { docId: ID, tab: 't.0' }],
    [`https://docs.google.com/document/d/${ID}/edit?tab=t.k3x9&authuser=1#heading=h.1`, { docId: ID, tab: 't.k3x9', authuser: '1' }],
    [`https://docs.google.com/document/u/2/d/${ID}/edit`, { docId: ID, authuser: '2' }],
    [`https://docs.google.com/document/u/2/d/${ID}/edit?authuser=me@example.com`, { docId: ID, authuser: 'me@example.com' }],
    [`https://docs.google.com/document/d/${ID}`, { docId: ID }],
  ])('%s', (href, ref) => {
    expect(parseDocUrl(href)).toEqual(ref);
  });

  it.each([
    'https://docs.google.com/spreadsheets/d/abcdefghijklmnop/edit',
    'https://docs.google.com/document/',
    'https://evil.example/document/d/abcdefghijklmnop/edit',
    'http://docs.google.com/document/d/abcdefghijklmnop/edit',
    'https://docs.google.com/document/d/short/edit',
    'https://docs.google.com/document/d/has%2Fslash0000/edit',
    'not a url',
  ])('rejects %s', (href) => {
    expect(parseDocUrl(href)).toBeNull();
  });

  it('drops a malformed tab or authuser but keeps the document', () => {
    expect(parseDocUrl(`https://docs.google.com/document/d/${ID}/edit?tab=../x&authuser=<script>`)).toEqual({ docId: ID });
  });
});

describe('buildExportUrl', () => {
  it('asks for txt and keeps tab and authuser', () => {
    expect(buildExportUrl({ docId: ID, tab: 't.k3x9', authuser: '1' })).toBe(
      `https://docs.google.com/document/d/${ID}/export?format=txt&tab=t.k3x9&authuser=1`,
    );
    expect(buildExportUrl({ docId: ID })).toBe(`https://docs.google.com/document/d/${ID}/export?format=txt`);
  });

  it('encodes an e-mail authuser', () => {
    expect(buildExportUrl({ docId: ID, authuser: 'me@example.com' })).toBe(
      `https://docs.google.com/document/d/${ID}/export?format=txt&authuser=me%40example.com`,
    );
  });

  it('round-trips from the page URL', () => {
    const ref = parseDocUrl(`https://docs.google.com/document/u/1/d/${ID}/edit?tab=t.0`)!;
    expect(buildExportUrl(ref)).toBe(`https://docs.google.com/document/d/${ID}/export?format=txt&tab=t.0&authuser=1`);
  });

  it('refuses a bad id instead of building a URL elsewhere', () => {
    expect(() => buildExportUrl({ docId: '../../x' })).toThrow();
  });
});
