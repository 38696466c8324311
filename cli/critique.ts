// The command line: `npm run critique -- [FILE|-] [--json] [--lens pm|engineer] [--each-line]`.
// Argument handling and I/O live here; everything about presentation is in format.ts.
import { open, stat } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { critique, LENSES } from '../analysis/index.ts';
import type { Lens, Report } from '../analysis/index.ts';
import { formatReport, shouldColor, toJson } from './format.ts';

export const SAMPLE_PATH = fileURLToPath(new URL('./sample-resume.txt', import.meta.url));

/**
 * Bytes read from a file or stdin before analysis. The engine bounds its own input far below
 * this; the cap only keeps a multi-gigabyte file or an endless pipe from exhausting memory.
 */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export const USAGE = `Usage: npm run critique -- [FILE|-] [--json] [--lens pm|engineer] [--each-line]

Critiques resume or LinkedIn bullets: Action -> Impact.

  FILE          text file to critique; "-" reads stdin; none critiques the bundled sample
  --json        print one JSON object {score, lens, categories, documentFindings, bullets}
  --lens L      pm (default) or engineer
  --each-line   treat every non-empty line as one bullet, in input order
  -h, --help    show this help

Exit status: 0 when the critique ran, 2 on a usage or input error, 1 on an internal error.
`;

/** Everything `main` touches outside itself, so tests can drive it without a process. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  /** Reads standard input to its end (at most `maxBytes` bytes). */
  readStdin(maxBytes: number): Promise<{ text: string; truncated: boolean }>;
  env: Record<string, string | undefined>;
  cwd: string;
}

class UsageError extends Error {}

function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of it is not a directory';
    case 'ELOOP':
      return 'too many symbolic links';
    case 'ENAMETOOLONG':
      return 'name too long';
    default:
      return err instanceof Error ? err.message.split('\n')[0]! : String(err);
  }
}

async function readFileCapped(path: string, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    // Read in chunks rather than trusting stat's size: pipes and /dev files report 0.
    for (;;) {
      const buf = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) break;
    }
    const all = Buffer.concat(chunks);
    const truncated = all.length > maxBytes;
    return { text: decode(truncated ? all.subarray(0, maxBytes) : all), truncated };
  } finally {
    await handle.close();
  }
}

/** UTF-8 decoding; invalid bytes become U+FFFD (binary input is the engine's to bound, not ours to reject). */
export function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
}

function unknownOptionMessage(err: Error): string {
  const name = /'([^']+)'/.exec(err.message)?.[1];
  return name ? `unknown option "${name}" (see --help)` : err.message.split('\n')[0]!;
}

interface Args {
  file: string | null;
  json: boolean;
  lens: Lens;
  eachLine: boolean;
  help: boolean;
}

export function parseCliArgs(argv: readonly string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        lens: { type: 'string' },
        'each-line': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    const e = err as Error & { code?: string };
    if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(unknownOptionMessage(e));
    if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /'(--?[\w-]+)/.exec(e.message)?.[1];
      throw new UsageError(
        / argument missing/.test(e.message) && name
          ? `option "${name}" needs a value (see --help)`
          : `${e.message.split('\n')[0]} (see --help)`,
      );
    }
    throw new UsageError(`${e.message.split('\n')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected at most one file, got ${positionals.length} (see --help)`);
  const lens = values.lens ?? 'pm';
  if (!(LENSES as readonly string[]).includes(lens)) {
    throw new UsageError(`unknown lens "${lens}": use ${LENSES.join(' or ')}`);
  }
  return {
    file: positionals[0] ?? null,
    json: values.json === true,
    lens: lens as Lens,
    eachLine: values['each-line'] === true,
    help: values.help === true,
  };
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const fail = (message: string, code: number) => {
    io.stderr.write(`impact-lens: ${message}\n`);
    return code;
  };

  let args: Args;
  try {
    args = parseCliArgs(argv);
  } catch (err) {
    return err instanceof UsageError ? fail(err.message, 2) : fail(`internal error: ${String(err)}`, 1);
  }
  if (args.help) {
    io.stdout.write(USAGE);
    return 0;
  }

  let input: { text: string; truncated: boolean };
  let source: string;
  try {
    if (args.file === '-') {
      source = 'stdin';
      input = await io.readStdin(MAX_INPUT_BYTES);
    } else {
      const path = args.file === null ? SAMPLE_PATH : resolve(io.cwd, args.file);
      source = args.file === null ? `sample resume (${relative(io.cwd, SAMPLE_PATH) || SAMPLE_PATH})` : args.file;
      input = await readFileCapped(path, MAX_INPUT_BYTES);
    }
  } catch (err) {
    const what = args.file === '-' ? 'stdin' : `"${args.file ?? SAMPLE_PATH}"`;
    return fail(`cannot read ${what}: ${describeFsError(err)}`, 2);
  }

  let report: Report;
  try {
    report = critique(input.text, { lens: args.lens, mode: args.eachLine ? 'lines' : 'document' });
  } catch (err) {
    return fail(`internal error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, 1);
  }

  // Notes (truncation, odd input) go to stderr in both modes: stdout stays the report alone.
  const notes = [...(input.truncated ? [`input truncated at ${MAX_INPUT_BYTES} bytes before analysis`] : []), ...report.notes];
  for (const note of notes) io.stderr.write(`impact-lens: note: ${note.split('\n')[0]}\n`);

  if (args.json) {
    io.stdout.write(`${JSON.stringify(toJson(report), null, 2)}\n`);
    return 0;
  }
  const color = shouldColor(io.stdout.isTTY, io.env);
  // A narrower terminal gets narrower lines; a wider one still gets 80 (readability, not fill).
  const cols = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
  io.stdout.write(formatReport(report, { color, width: Math.max(40, Math.min(80, cols)), source }));
  return 0;
}

async function readProcessStdin(maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > maxBytes) break;
  }
  const all = Buffer.concat(chunks);
  const truncated = all.length > maxBytes;
  return { text: decode(truncated ? all.subarray(0, maxBytes) : all), truncated };
}

function isEntryPoint(): boolean {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(fileURLToPath(import.meta.url)) === realpathSync(resolve(process.argv[1]));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `critique | head` closes the pipe early: that is a normal end, not a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  const io: Io = {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: readProcessStdin,
    env: process.env,
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`impact-lens: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
