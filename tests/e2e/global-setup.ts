// Builds the extension once per e2e run, the way `wxt build` ships it, into a temporary folder
// (so concurrent runs and a developer's loaded .output/ are never clobbered), and hands the
// folder to the tests as inject('extensionDir'). IL_E2E_EXTENSION_DIR=<dir> tests a ready build
// instead (e.g. an unpacked release zip).
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

// WXT's JS API in a child process: the unit project's WxtVitest plugin has already registered
// a WXT instance (a module-level singleton) in this process for `serve`.
const BUILD = `const { build } = await import('wxt'); await build({ outDir: process.env.IL_OUT_DIR });`;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const ready = process.env.IL_E2E_EXTENSION_DIR;
  if (ready) {
    project.provide('extensionDir', ready);
    return async () => {};
  }
  const outDir = await mkdtemp(join(tmpdir(), 'impact-lens-e2e-'));
  const started = Date.now();
  // Build what ships: vitest sets NODE_ENV=test, which would make the JSX transform emit its
  // development form (with this machine's paths) into the bundles under test.
  const { NODE_ENV: _nodeEnv, ...env } = process.env;
  const log = await run(process.execPath, ['--input-type=module', '-e', BUILD], project.config.root, {
    ...env,
    IL_OUT_DIR: outDir,
  });
  if (log.code !== 0) {
    await rm(outDir, { recursive: true, force: true });
    throw new Error(`e2e global setup: wxt build failed (exit ${log.code}):\n${log.output}`);
  }
  console.log(`e2e: built the extension in ${Date.now() - started} ms -> ${outDir}/chrome-mv3`);
  project.provide('extensionDir', join(outDir, 'chrome-mv3'));
  return () => rm(outDir, { recursive: true, force: true });
}

function run(
  cmd: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}
