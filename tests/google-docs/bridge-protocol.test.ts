import { describe, expect, it } from 'vitest';
import {
  MAX_BRIDGE_TEXT,
  decodeContentMessage,
  decodePageMessage,
  encodeMessage,
  locateSpan,
  type ContentMessage,
  type PageMessage,
} from '../../utils/docs/bridge-protocol.ts';

describe('page -> content messages', () => {
  it.each<PageMessage>([
    { v: 1, type: 'status', canvas: 'waiting', overlays: 0 },
    { v: 1, type: 'status', canvas: 'unavailable', overlays: 0, reason: 'no-api' },
    { v: 1, type: 'text', text: '\u0003Jordan\nLed X\n', seq: 3 },
    { v: 1, type: 'too-long', length: 2_000_000, seq: 1 },
    { v: 1, type: 'selected', id: 4, ok: true, start: 8, end: 13 },
    { v: 1, type: 'selected', id: 5, ok: false },
  ])('round-trips %j', (message) => {
    expect(decodePageMessage(encodeMessage(message))).toEqual(message);
  });

  it.each<[string, unknown]>([
    ['an object instead of a JSON string', { v: 1, type: 'text', text: 'x', seq: 1 }],
    ['not JSON', '{v:1'],
    ['JSON null', 'null'],
    ['an array', '[1]'],
    ['another version', JSON.stringify({ v: 2, type: 'text', text: 'x', seq: 1 })],
    ['an unknown type', JSON.stringify({ v: 1, type: 'eval', code: 'x' })],
    ['a text that is not a string', JSON.stringify({ v: 1, type: 'text', text: 42, seq: 1 })],
    ['a negative seq', JSON.stringify({ v: 1, type: 'text', text: 'x', seq: -1 })],
    ['a fractional seq', JSON.stringify({ v: 1, type: 'text', text: 'x', seq: 1.5 })],
    ['a status out of the set', JSON.stringify({ v: 1, type: 'status', canvas: 'hacked', overlays: 0 })],
    ['a status without overlays', JSON.stringify({ v: 1, type: 'status', canvas: 'ready' })],
    ['a selected ok without range', JSON.stringify({ v: 1, type: 'selected', id: 1, ok: true })],
    ['a selected with end < start', JSON.stringify({ v: 1, type: 'selected', id: 1, ok: true, start: 5, end: 2 })],
    ['an oversized text', JSON.stringify({ v: 1, type: 'text', text: 'x'.repeat(MAX_BRIDGE_TEXT + 1), seq: 1 })],
  ])('rejects %s', (_name, detail) => {
    expect(decodePageMessage(detail)).toBeNull();
  });

  it('drops unknown fields and trims a long reason', () => {
    const detail = JSON.stringify({ v: 1, type: 'status', canvas: 'ready', overlays: 2, reason: 'r'.repeat(500), extra: '<img>' });
    const decoded = decodePageMessage(detail);
    expect(decoded).toEqual({ v: 1, type: 'status', canvas: 'ready', overlays: 2, reason: 'r'.repeat(200) });
  });
});

describe('content -> page messages', () => {
  it.each<ContentMessage>([
    { v: 1, type: 'refresh' },
    { v: 1, type: 'select', id: 1, start: 10, end: 20, expected: 'Led a team' },
  ])('round-trips %j', (message) => {
    expect(decodeContentMessage(encodeMessage(message))).toEqual(message);
  });

  it.each<[string, unknown]>([
    ['a page message', encodeMessage({ v: 1, type: 'text', text: 'x', seq: 1 })],
    ['select without expected', JSON.stringify({ v: 1, type: 'select', id: 1, start: 1, end: 2 })],
    ['select with a string offset', JSON.stringify({ v: 1, type: 'select', id: 1, start: '1', end: 2, expected: 'x' })],
    ['select with end < start', JSON.stringify({ v: 1, type: 'select', id: 1, start: 3, end: 2, expected: 'x' })],
    ['select with a huge expected', JSON.stringify({ v: 1, type: 'select', id: 1, start: 0, end: 1, expected: 'x'.repeat(10_001) })],
  ])('rejects %s', (_name, detail) => {
    expect(decodeContentMessage(detail)).toBeNull();
  });
});

describe('locateSpan', () => {
  const text = '\u0003Jordan\nLed X\nHelped Y\nLed X\n';
  it('keeps the range when the text is still there', () => {
    expect(locateSpan(text, 8, 13, 'Led X')).toEqual({ start: 8, end: 13 });
  });
  it('finds the nearest occurrence when the text moved', () => {
    expect(locateSpan('ab' + text, 8, 13, 'Led X')).toEqual({ start: 10, end: 15 });
    expect(locateSpan(text, 21, 26, 'Led X')).toEqual({ start: 23, end: 28 });
  });
  it('gives up when the bullet is gone', () => {
    expect(locateSpan(text, 8, 13, 'Removed')).toBeNull();
    expect(locateSpan(text, 8, 13, '')).toBeNull();
  });
});
