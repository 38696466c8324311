// Release: `npm run zip` (WXT's zip for Chrome, then Firefox) makes the two store zips and the
// sources zip AMO reviewers build from, with nothing stray in any of them, and the sources zip
// really builds the Firefox extension that ships. Zips go to a temporary folder, not .output/.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, wxt } from './builds.ts';

/** What a reviewer needs to build the extension: every sources-zip entry is under one of these. */
const SOURCES_ALLOWED = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'README.md',
  'analysis/',
  'components/',
  'entrypoints/',
  'utils/',
  'public/',
];
/** Never in any zip, whatever the lists above say. */
const STRAY =
  /(?:^|\/)(?:node_modules|\.output|\.wxt|\.git|test-results|coverage|\.bench|tests)(?:\/|$)|(?:^|\/)\.env|\.log$|\.zip$|\.map$|(?:^|\/)\.DS_Store$/;

// ---------- a tiny zip reader (central directory, stored or deflated entries) ----------

interface ZipEntry {
  name: string;
  read(): Buffer;
}

function readZip(zip: Buffer): ZipEntry[] {
  // End of central directory: the last "PK\x05\x06" (a comment of up to 64 kB may follow it).
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`bad central directory entry ${i}`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name,
      read() {
        const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
        const data = zip.subarray(start, start + size);
        if (method === 0) return Buffer.from(data);
        if (method === 8) return inflateRawSync(data);
        throw new Error(`${name}: compression method ${method}`);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).replaceAll('\\', '/'))
    .sort();
}

const names = (entries: ZipEntry[]): string[] => entries.map((e) => e.name).filter((n) => !n.endsWith('/')).sort();

// ---------- the zips ----------

describe('npm run zip', () => {
  let out: string;
  let version: string;
  let zips: string[];
  const zipNamed = async (suffix: string): Promise<ZipEntry[]> => readZip(await readFile(join(out, `impact-lens-${version}-${suffix}.zip`)));

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'impact-lens-zip-'));
    version = (JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    // As `npm run zip` does: Chrome, then Firefox (which also makes the sources zip).
    zips = [
      ...((await wxt('zip', { browser: 'chrome', outDir: out })) as string[]),
      ...((await wxt('zip', { browser: 'firefox', outDir: out })) as string[]),
    ];
  }, 240_000);
  afterAll(async () => {
    if (out) await rm(out, { recursive: true, force: true });
  });

  it('makes the Chrome and Firefox store zips and the sources zip', () => {
    expect(zips.map((z) => basename(z)).sort()).toEqual(
      [`impact-lens-${version}-chrome.zip`, `impact-lens-${version}-firefox.zip`, `impact-lens-${version}-sources.zip`].sort(),
    );
  });

  it.each([
    ['chrome', 'chrome-mv3'],
    ['firefox', 'firefox-mv2'],
  ])('the %s store zip holds exactly its build, nothing stray', async (browser, build) => {
    const entries = names(await zipNamed(browser));
    expect(entries).toContain('manifest.json');
    expect(entries).toEqual(await filesOf(join(out, build)));
    expect(entries.filter((n) => STRAY.test(n))).toEqual([]);
    // A development build embeds each JSX element's absolute source path: none may ship.
    const withPaths = (await zipNamed(browser)).filter((e) => e.read().includes(ROOT.replace(/\/$/, ''))).map((e) => e.name);
    expect(withPaths, `files that contain the build machine's path ${ROOT}`).toEqual([]);
  });

  it('the sources zip holds what a reviewer needs to build, nothing stray', async () => {
    const entries = names(await zipNamed('sources'));
    expect(entries.filter((n) => STRAY.test(n)), 'stray entries').toEqual([]);
    expect(
      entries.filter((n) => !SOURCES_ALLOWED.some((a) => (a.endsWith('/') ? n.startsWith(a) : n === a))),
      'entries outside the allowed list (add them to SOURCES_ALLOWED on purpose, or exclude them in wxt.config.ts)',
    ).toEqual([]);
    for (const needed of ['package.json', 'package-lock.json', 'tsconfig.json', 'wxt.config.ts', 'README.md']) expect(entries).toContain(needed);
    for (const dir of ['entrypoints/', 'public/']) expect(entries.some((n) => n.startsWith(dir)), dir).toBe(true);
  });

  it(
    'the sources zip builds the Firefox extension that ships, byte for byte',
    async () => {
      const src = join(out, 'sources');
      for (const entry of await zipNamed('sources')) {
        if (entry.name.endsWith('/')) continue;
        const path = join(src, entry.name);
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, entry.read());
      }
      // The reviewer's `npm ci`, without the download: this checkout's packages.
      await symlink(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
      await wxt('build', { browser: 'firefox', outDir: join(out, 'rebuilt') }, src);
      const shipped = await zipNamed('firefox');
      const rebuilt = join(out, 'rebuilt', 'firefox-mv2');
      expect(await filesOf(rebuilt)).toEqual(names(shipped));
      const differ: string[] = [];
      for (const entry of shipped) {
        if (entry.name.endsWith('/')) continue;
        const file = join(rebuilt, entry.name);
        if (!existsSync(file) || !entry.read().equals(await readFile(file))) differ.push(entry.name);
      }
      expect(differ, 'files that differ when built from the sources zip').toEqual([]);
    },
    120_000,
  );
});
