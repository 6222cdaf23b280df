/**
 * `JSON.stringify(value, null, 2)` in pieces, so that a report of hundreds of thousands of
 * findings is written out piece by piece instead of as one string of hundreds of megabytes
 * (issue 11: that string, and the copy the write made of it, were the peak of a big `diff`).
 */
import { InternalError } from '../errors.js';

/** A list serialised element by element as it is read: no array of all the elements is built first. */
export class LazyList<T = unknown> {
  /**
   * @param length how many elements `items` gives (an empty list prints `[]`, as JSON.stringify does)
   * @param items the elements, in order; read once
   */
  constructor(readonly length: number, readonly items: () => Iterable<T>) {}

  /** A lazy list left where `jsonPieces` does not look for one would print as `{}`: fail instead. */
  toJSON(): never {
    throw new InternalError('a LazyList deeper than jsonPieces looks');
  }
}

const INDENT = '  ';

/** A plain object or array, which the pieces may open up (anything with `toJSON` is left to JSON.stringify). */
function container(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  return Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
}

/** One value as JSON.stringify writes it at `depth` (its inner lines indented one more level per depth). */
function whole(value: unknown, depth: number): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  // JSON escapes newlines inside strings: every raw newline is a line break of the layout.
  return text === undefined || depth === 0 ? text : text.replace(/\n/g, `\n${INDENT.repeat(depth)}`);
}

/**
 * The JSON of `value`, exactly as `JSON.stringify(value, null, 2)` writes it, in pieces: a big
 * object or array (more than `OPEN_MIN_MEMBERS` members), or one with a `LazyList` in its first
 * `LAZY_SEARCH_DEPTH` levels, is written member by member; any other value in one piece; a
 * `LazyList` element by element.
 * @param depth how deep `value` stands (its lines are indented by that many levels)
 * @returns the pieces; joined, they are JSON.stringify's text (no final newline)
 */
export function* jsonPieces(value: unknown, depth = 0): Generator<string> {
  if (value instanceof LazyList) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield* arrayPieces(value.items(), depth);
    return;
  }
  if (!container(value) || !worthOpening(value, LAZY_SEARCH_DEPTH)) {
    yield whole(value, depth) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield* arrayPieces(value, depth);
    return;
  }
  const inner = INDENT.repeat(depth + 1);
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    const open = member instanceof LazyList || container(member);
    // JSON.stringify leaves out members it cannot write (undefined, functions, symbols).
    const text = open ? undefined : whole(member, depth + 1);
    if (!open && text === undefined) continue;
    yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    first = false;
    if (open) yield* jsonPieces(member, depth + 1);
    else yield text!;
  }
  yield first ? '{}' : `\n${INDENT.repeat(depth)}}`;
}

function* arrayPieces(items: Iterable<unknown>, depth: number): Generator<string> {
  const inner = INDENT.repeat(depth + 1);
  let first = true;
  for (const item of items) {
    yield `${first ? '[\n' : ',\n'}${inner}`;
    first = false;
    // An element JSON.stringify cannot write is `null` in an array.
    yield* jsonPieces(item, depth + 1);
  }
  yield first ? '[]' : `\n${INDENT.repeat(depth)}]`;
}

/**
 * Whether a container is worth opening: it is big (many members), or holds a lazy list within
 * `levels` levels. Small ones are written whole, which is faster and gives the same text.
 */
function worthOpening(value: Record<string, unknown> | unknown[], levels: number): boolean {
  const members = Array.isArray(value) ? value : Object.values(value);
  if (members.length > OPEN_MIN_MEMBERS) return true;
  return members.some((m) => m instanceof LazyList || (levels > 1 && container(m) && worthOpening(m, levels - 1)));
}

/** Containers with more members than this are written member by member; smaller ones whole. */
const OPEN_MIN_MEMBERS = 64;
/** How deep a container is searched for a lazy list (SARIF's results lie three levels down). */
const LAZY_SEARCH_DEPTH = 4;
