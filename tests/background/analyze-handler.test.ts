import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleAnalyze, type Sender } from '../../entrypoints/background/analyze-handler.ts';
import { MAX_TEXT_LENGTH, validateAnalyzeRequest } from '../../utils/validate.ts';

// The engine is the real one unless a test makes it throw.
const engine = vi.hoisted(() => ({ fail: null as Error | string | null }));
vi.mock('../../analysis/index.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../analysis/index.ts')>();
  return {
    ...real,
    critique: (...args: Parameters<typeof real.critique>) => {
      if (engine.fail !== null) throw engine.fail;
      return real.critique(...args);
    },
  };
});

const EXTENSION_ID = 'test-extension-id';
const self: Sender = { id: EXTENSION_ID };

beforeEach(() => {
  fakeBrowser.reset();
  // fakeBrowser.reset() leaves runtime.id as a test set it (fake-browser quirk): restore it here.
  fakeBrowser.runtime.id = EXTENSION_ID;
  engine.fail = null;
});

describe('handleAnalyze: valid requests get a report', () => {
  it.each<[string, unknown]>([
    ['text only', { text: 'Led the migration to Postgres\nCut p95 latency by 40%' }],
    ['empty text', { text: '' }],
    ['every option', { text: 'Built a thing', lens: 'engineer', mode: 'lines', disabled: ['passive-voice', 'stack-up-top'] }],
    ['explicit undefined options', { text: 'Built a thing', lens: undefined, mode: undefined, disabled: undefined }],
    ['empty disabled list', { text: 'Built a thing', disabled: [] }],
    ['null-prototype object', Object.assign(Object.create(null) as object, { text: 'Built a thing' })],
  ])('%s', (_, data) => {
    const res = handleAnalyze(data, self);
    expect(res.ok, JSON.stringify(res)).toBe(true);
    if (res.ok) expect(Array.isArray(res.report.bullets)).toBe(true);
  });

  it('passes the options to the engine', () => {
    const res = handleAnalyze({ text: 'Built a thing', lens: 'engineer' }, self);
    expect(res.ok && res.report.lens).toBe('engineer');
  });

  it('reads the extension id from browser.runtime by default', () => {
    expect(handleAnalyze({ text: 'x' }, self).ok).toBe(true);
    fakeBrowser.runtime.id = 'another-id';
    expect(handleAnalyze({ text: 'x' }, self).ok).toBe(false);
  });
});

describe('handleAnalyze: bad payloads get { ok: false }, never a throw', () => {
  const throwingGetter = {
    get text(): string {
      throw new Error('boom');
    },
  };
  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'Led the team'],
    ['a number', 42],
    ['an array', [{ text: 'x' }]],
    ['a class instance', new (class Req { text = 'x'; })()],
    ['no text', {}],
    ['text a number', { text: 1 }],
    ['text null', { text: null }],
    ['text an object', { text: { toString: () => 'x' } }],
    ['text too long', { text: 'a'.repeat(MAX_TEXT_LENGTH + 1) }],
    ['unknown lens', { text: 'x', lens: 'designer' }],
    ['lens null', { text: 'x', lens: null }],
    ['lens wrong case', { text: 'x', lens: 'PM' }],
    ['unknown mode', { text: 'x', mode: 'paragraphs' }],
    ['mode a number', { text: 'x', mode: 1 }],
    ['disabled a string', { text: 'x', disabled: 'passive-voice' }],
    ['disabled null', { text: 'x', disabled: null }],
    ['disabled unknown id', { text: 'x', disabled: ['passive-voice', 'no-such-rule'] }],
    ['disabled a number', { text: 'x', disabled: [1] }],
    ['disabled null item', { text: 'x', disabled: [null] }],
    ['disabled too long', { text: 'x', disabled: Array(1000).fill('buzzword') }],
    ['an unknown field', { text: 'x', lense: 'pm' }],
    ['a getter that throws', throwingGetter],
  ])('%s', (_, data) => {
    const res = handleAnalyze(data, self);
    expect(res).toEqual({ ok: false, error: expect.stringMatching(/^analyze: /) });
    // The payload, not the sender check, must be what failed.
    expect(res.ok || res.error).not.toMatch(/sender/);
  });
});

describe('handleAnalyze: senders other than this extension get { ok: false }', () => {
  it.each<[string, Sender | undefined]>([
    ['no sender', undefined],
    ['no id (a web page)', {}],
    ['another extension', { id: 'abcdefghijklmnopabcdefghijklmnop' }],
    ['empty id', { id: '' }],
    ['id not a string', { id: 7 as unknown as string }],
  ])('%s', (_, sender) => {
    expect(handleAnalyze({ text: 'Led the team' }, sender)).toEqual({
      ok: false,
      error: 'analyze: sender is not this extension',
    });
  });
});

describe('handleAnalyze: engine failures', () => {
  it.each<[string, Error | string]>([
    ['an Error', new Error('parser exploded')],
    ['a thrown string', 'bad'],
  ])('turns %s into { ok: false }', (_, thrown) => {
    engine.fail = thrown;
    const res = handleAnalyze({ text: 'Led the team' }, self);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toContain(thrown instanceof Error ? thrown.message : thrown);
  });
});

describe('validateAnalyzeRequest', () => {
  it('accepts text of exactly the maximum length', () => {
    expect(validateAnalyzeRequest({ text: 'a'.repeat(MAX_TEXT_LENGTH) }).ok).toBe(true);
  });

  it('keeps only the known fields, in a fresh object', () => {
    const data = { text: 'x', lens: 'pm', disabled: ['buzzword'] };
    const res = validateAnalyzeRequest(data);
    expect(res).toEqual({ ok: true, value: { text: 'x', lens: 'pm', disabled: ['buzzword'] } });
    if (res.ok) expect(res.value.disabled).not.toBe(data.disabled);
  });
});
