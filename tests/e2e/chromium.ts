// The Chromium recipe of /work/shared/E2E.md, shared by the e2e harness, the demo and the benches
// (no vitest import here: scripts run it under tsx).

/** Debian's wrapper script; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Exactly the flags of E2E.md: quiet, offline-friendly, no GPU, root-safe (--no-sandbox).
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-gpu',
  '--disable-quic',
];
