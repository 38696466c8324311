import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeExportText } from '../../utils/docs/export-text.ts';

const fixture = readFileSync(new URL('../fixtures/google-docs/export-resume.txt', import.meta.url), 'utf8');

describe('normalizeExportText on the fixture export', () => {
  const { text, notes } = normalizeExportText(fixture);

  it('is what Docs sends: a BOM, CRLF line ends and `* ` list items', () => {
    expect(fixture.charCodeAt(0)).toBe(0xfeff);
    expect(fixture).toContain('\r\n* Responsible for');
  });

  it('drops the BOM and the CRs', () => {
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
    expect(notes).toEqual(expect.arrayContaining(['bom', 'crlf', 'list-items', 'comments-removed', 'rules-removed']));
  });

  it('writes list items as bullets the engine knows', () => {
    const bullets = text.split('\n').filter((l) => l.startsWith('• '));
    expect(bullets).toEqual([
      '• Responsible for the roadmap of the reporting product.',
      '• Led a team of 8 engineers to launch self-serve dashboards, growing weekly active users 35% in two quarters.',
      '• Was tasked with improving the onboarding flow for new accounts.',
      '• Helped with various projects across the payments team.',
      '• Cut checkout drop-off 18% by redesigning the card form after an A/B test with 40k users.',
    ]);
  });

  it('keeps headings and title<TAB>dates lines whole', () => {
    const lines = text.split('\n');
    expect(lines).toContain('Experience');
    expect(lines).toContain('Senior Product Manager, Acme Analytics\tJan 2021 – Present');
  });

  it('drops the comment block and its inline anchor, and the horizontal rule', () => {
    expect(text).not.toContain('[a]');
    expect(text).not.toContain('Add the adoption numbers');
    expect(text).not.toContain('____');
    expect(text.endsWith('B.S. Economics, State University\t2014 – 2018\n')).toBe(true);
  });
});

describe('normalizeExportText cases', () => {
  it.each<[string, string, string]>([
    ['LF only, no BOM', 'A\n* one\n* two\n', 'A\n• one\n• two\n'],
    ['lone CR', 'A\r* one\r', 'A\n• one\n'],
    ['nested list items lose their indent', '* top\n    * nested\n\t○ deeper\n', '• top\n• nested\n• deeper\n'],
    ['an asterisk without a space is text', '*Note: remote\n', '*Note: remote\n'],
    ['a lone `*` line stays', '*\n', '*\n'],
    ['numbered items stay', '1. First\n2. Second\n', '1. First\n2. Second\n'],
    ['soft line breaks and nbsp', 'Led\u000bteam\u00a0of 5\n', 'Led\nteam of 5\n'],
    ['blank runs collapse', 'A\n\n\n\nB\n', 'A\n\nB\n'],
    ['trailing spaces go', '* one   \nB \n', '• one\nB\n'],
    ['empty export', '\ufeff\r\n', ''],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeExportText(raw).text).toBe(expected);
  });

  it('flattens a table row to one cell per line', () => {
    const raw = 'Skills\r\nLanguages\tTools\tCloud\r\nPython, Go\tTerraform\tAWS\r\n';
    const { text, notes } = normalizeExportText(raw);
    expect(text).toBe('Skills\nLanguages\nTools\nCloud\nPython, Go\nTerraform\nAWS\n');
    expect(notes).toContain('table-flattened');
  });

  it('splits a two-column layout row whose second cell is a list item', () => {
    expect(normalizeExportText('2019 – 2021\t* Shipped the API\n').text).toBe('2019 – 2021\n• Shipped the API\n');
  });

  it('drops empty table cells', () => {
    expect(normalizeExportText('A\t\t\tB\n').text).toBe('A\nB\n');
  });

  it('keeps a line that merely starts with [a] when no comment block follows in order', () => {
    const raw = 'Projects\n[a] Alpha\n[c] Gamma\n';
    expect(normalizeExportText(raw).text).toBe(raw);
  });

  it('removes several comments, multi-line ones too', () => {
    const raw = 'Led X[a] and Y[b].\n\n[a]first comment\nstill first\n[b]second\n';
    expect(normalizeExportText(raw).text).toBe('Led X and Y.\n');
  });
});
