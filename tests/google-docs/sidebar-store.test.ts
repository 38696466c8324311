import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MAX_REMEMBERED_DOCS, docsSidebarItem, loadCollapsed, sanitizePrefs, saveCollapsed } from '../../utils/docs/sidebar-store.ts';

const A = '1fixtureDocId0123456789abcdef';
const B = '1anotherDocId000000000000000';

beforeEach(() => fakeBrowser.reset());

describe('collapsed state per document', () => {
  it('defaults to open and remembers each document separately', async () => {
    expect(await loadCollapsed(A)).toBe(false);
    await saveCollapsed(A, true);
    expect(await loadCollapsed(A)).toBe(true);
    expect(await loadCollapsed(B)).toBe(false);
    await saveCollapsed(A, false);
    expect(await loadCollapsed(A)).toBe(false);
  });

  it('reads garbage in storage as open, and repairs it on the next write', async () => {
    await docsSidebarItem.setValue('not an object');
    expect(await loadCollapsed(A)).toBe(false);
    await docsSidebarItem.setValue({ [A]: { collapsed: 'yes', at: 1 }, '<bad id>': { collapsed: true, at: 1 } });
    expect(await loadCollapsed(A)).toBe(false);
    await saveCollapsed(B, true, 5);
    expect(await docsSidebarItem.getValue()).toEqual({ [B]: { collapsed: true, at: 5 } });
  });

  it('forgets the oldest documents past the cap', () => {
    const many: Record<string, unknown> = {};
    for (let i = 0; i < MAX_REMEMBERED_DOCS + 5; i++) many[`doc${String(i).padStart(10, '0')}`] = { collapsed: true, at: i };
    const kept = sanitizePrefs(many);
    expect(Object.keys(kept)).toHaveLength(MAX_REMEMBERED_DOCS);
    expect(kept['doc0000000000']).toBeUndefined();
    expect(kept[`doc${String(MAX_REMEMBERED_DOCS + 4).padStart(10, '0')}`]).toBeDefined();
  });

  it('is not fooled by prototype keys', () => {
    expect(sanitizePrefs(JSON.parse('{"__proto__": {"collapsed": true, "at": 1}}'))).toEqual({});
  });
});
