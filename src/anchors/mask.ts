/** Which characters of a text are already taken by an anchor or by a blocked span (label, time). */

import type { Anchor, AnchorKind } from '../types.js';

/** A per-character occupancy map, so that later passes never overlap earlier ones. */
export class Occupancy {
  private readonly taken: Uint8Array;
  /** Anchors claimed so far, in claim order, merged-away ones included (read `live()`). */
  readonly anchors: Anchor[] = [];

  /** @param text the text the anchors index into */
  constructor(readonly text: string) {
    this.taken = new Uint8Array(text.length);
  }

  /**
   * Whether any character in [start, end) is taken.
   * @returns true when the span overlaps an earlier claim
   */
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i] !== 0) return true;
    return false;
  }

  /** Whether the character at `i` is taken. */
  isTaken(i: number): boolean {
    return this.taken[i] !== 0;
  }

  /** Mark [start, end) as taken without making an anchor (labels, times, identifiers). */
  block(start: number, end: number): void {
    this.taken.fill(1, start, end);
  }

  /**
   * Claim [start, end) as an anchor unless it overlaps an earlier claim.
   * @returns the anchor, or undefined when the span was taken
   */
  claim(kind: AnchorKind, start: number, end: number, value: string): Anchor | undefined {
    if (start >= end || this.overlaps(start, end)) return undefined;
    this.taken.fill(1, start, end);
    const anchor: Anchor = { kind, surface: this.text.slice(start, end), value, start, end };
    this.anchors.push(anchor);
    return anchor;
  }

  /**
   * Widen `first` to cover `last` too (a range of two dates); `last` is dropped.
   * Both must be anchors claimed here; `anchors` no longer lists `last` afterwards.
   */
  merge(first: Anchor, last: Anchor, value: string): void {
    this.taken.fill(1, first.start, last.end);
    first.end = last.end;
    first.surface = this.text.slice(first.start, last.end);
    first.value = value;
    this.dropped.add(last);
  }

  /** The anchors claimed and not merged away, in claim order. */
  live(): Anchor[] {
    return this.dropped.size === 0 ? this.anchors : this.anchors.filter((a) => !this.dropped.has(a));
  }

  private readonly dropped = new Set<Anchor>();
}
