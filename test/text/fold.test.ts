/** Folding and hashing, written once. */
import { describe, expect, it } from 'vitest';
import { fold, foldName, foldWord } from '../../src/text/fold.js';
import { fnv1a, fnv1aStep, FNV_OFFSET_BASIS } from '../../src/text/hash.js';

describe('fold', () => {
  it('removes accents and case, keeps everything else', () => {
    expect(fold('Édouard Philippe, Février')).toBe('edouard philippe, fevrier');
    expect(foldWord('Févr')).toBe('fevr');
    expect(foldWord('Févr')).toBe('fevr'); // memoised
    expect(foldName('  Gérald’s   DARMANIN ')).toBe("gerald's darmanin");
  });
});

describe('FNV-1a', () => {
  it('gives the published 32-bit test vectors', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('step by step equals the whole-string hash', () => {
    let h = FNV_OFFSET_BASIS;
    for (const c of 'foobar') h = fnv1aStep(h, c.charCodeAt(0));
    expect(h >>> 0).toBe(fnv1a('foobar'));
  });
});
