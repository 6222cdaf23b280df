/**
 * Offsets ↔ lines and columns of the file as given. Every stage reports places
 * through these, so a position always points into the user's file.
 */
import type { Point, Position } from './types.js';

/**
 * Offsets at which each line starts; lines end at LF, CRLF or a lone CR.
 * @param value decoded text
 * @returns ascending offsets, the first always 0
 */
export function computeLineStarts(value: string): number[] {
  const starts = [0];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (value.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The point at an offset.
 * @param lineStarts from `computeLineStarts`
 * @param offset 0-based UTF-16 offset
 * @returns 1-based line and column, and the offset
 */
export function pointAt(lineStarts: readonly number[], offset: number): Point {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - lineStarts[lo] + 1, offset };
}

/**
 * The position of a region.
 * @param lineStarts from `computeLineStarts`
 * @param start first offset
 * @param end offset after the last character
 */
export function positionOf(lineStarts: readonly number[], start: number, end: number): Position {
  return { start: pointAt(lineStarts, start), end: pointAt(lineStarts, end) };
}

/**
 * The 1-based line on which a region ends: the line of its last character,
 * so that a region ending at a line break does not spill onto the next line.
 */
export function endLineOf(position: Position, lineStarts: readonly number[]): number {
  const last = Math.max(position.start.offset, position.end.offset - 1);
  return pointAt(lineStarts, last).line;
}
