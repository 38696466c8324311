import { describe, expect, it } from 'vitest';
import { normalizeAnnotatedText } from '../../utils/docs/annotated-text.ts';

describe('normalizeAnnotatedText', () => {
  it('keeps every offset: same length, controls become breaks or spaces', () => {
    const raw = '\u0003Jordan\nLed\u00a0X\u000bwrapped\u001cTab two\u0008image';
    const out = normalizeAnnotatedText(raw);
    expect(out).toHaveLength(raw.length);
    expect(out).toBe('\nJordan\nLed X\nwrapped\nTab two image');
  });

  it('leaves plain text and tabs alone', () => {
    expect(normalizeAnnotatedText('Title\tJan 2020 – Present\n')).toBe('Title\tJan 2020 – Present\n');
  });
});
