/** When to colour: flags, NO_COLOR, FORCE_COLOR, TERM and the terminal. */
import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../src/report/index.js';

describe('colorEnabled', () => {
  it('follows the terminal when nothing is set', () => {
    expect(colorEnabled({}, true)).toBe(true);
    expect(colorEnabled({}, false)).toBe(false);
  });

  it('turns colour off for a non-empty NO_COLOR, and ignores an empty one', () => {
    expect(colorEnabled({ NO_COLOR: '1' }, true)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('forces colour on with FORCE_COLOR, even when piped and over NO_COLOR; 0 or false force it off', () => {
    expect(colorEnabled({ FORCE_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '3', NO_COLOR: '1' }, false)).toBe(true);
    expect(colorEnabled({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(colorEnabled({ FORCE_COLOR: '' }, false)).toBe(false);
  });

  it('lets --no-color and --color win over everything', () => {
    expect(colorEnabled({ FORCE_COLOR: '1' }, true, false)).toBe(false);
    expect(colorEnabled({ NO_COLOR: '1' }, false, true)).toBe(true);
  });

  it('turns colour off on a dumb terminal', () => {
    expect(colorEnabled({ TERM: 'dumb' }, true)).toBe(false);
  });
});
