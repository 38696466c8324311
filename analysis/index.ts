// The engine's one public entry: parse a resume/profile text and critique it.
export * from './types.ts';
export { parse } from './parse.ts';
export { critique } from './critique.ts';
