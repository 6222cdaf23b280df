/** Table helpers for the anchor tests, in the spirit of textlint-tester's valid/invalid lists. */
import { expect } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import type { AnchorKind } from '../../src/types.js';

/** Values of the anchors of one kind (or kinds) in a text. */
export function values(text: string, lang: string, kinds: AnchorKind[]): string[] {
  return extractAnchors(text, lang).filter((a) => kinds.includes(a.kind)).map((a) => a.value);
}

/** Assert the values of the given kinds are exactly `expected`, in order. */
export function expectValues(text: string, lang: string, kinds: AnchorKind[], expected: string[]): void {
  expect(values(text, lang, kinds), `${lang}: ${text}`).toEqual(expected);
}
