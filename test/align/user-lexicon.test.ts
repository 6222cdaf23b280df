/** The user's `--lexicon`: header, direction per pair, only present pairs counted, notes on stderr. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignTexts } from '../../src/align/index.js';
import { lexiconMatches, orientLexicon, readLexicon } from '../../src/align/lexicon.js';
import { fbcoop, SEED, tempDir } from '../helpers/cli.js';

describe('readLexicon', () => {
  it('reads a first line naming the columns’ languages, and accepts an empty file', () => {
    expect(readLexicon('# mine\nfr-en\nmardi\tTuesday\n')).toEqual({ pairs: [['mardi', 'Tuesday']], langs: ['fr', 'en'] });
    expect(readLexicon('')).toEqual({ pairs: [] });
    expect(readLexicon('\n# nothing yet\n')).toEqual({ pairs: [] });
  });

  it('still rejects a malformed line, naming it', () => {
    expect(() => readLexicon('fr-en\nmardi Tuesday\n')).toThrow(/line 2/);
  });
});

describe('orientLexicon', () => {
  const pairs = [['mardi', 'Tuesday']] as const;
  it('applies a lexicon as given, reversed for the reverse pair, not at all for other languages', () => {
    expect(orientLexicon(pairs, ['fr', 'en'], 'fr', 'en')).toEqual([['mardi', 'Tuesday']]);
    expect(orientLexicon(pairs, ['fr', 'en'], 'en', 'fr')).toEqual([['Tuesday', 'mardi']]);
    expect(orientLexicon(pairs, ['fr', 'en'], 'nl', 'en')).toEqual([]);
    expect(orientLexicon(pairs, undefined, 'nl', 'en')).toEqual(pairs);
  });
});

describe('only pairs whose two words occur count', () => {
  const source = ['Le conseil se réunit mardi.', 'Il adopte la décision.', 'La séance est levée.'];
  const target = ['The council meets on Tuesday.', 'It adopts the decision.', 'The sitting is closed.'];
  it('a long list of absent pairs aligns exactly as the present pairs alone', () => {
    const present = [['séance', 'sitting']] as const;
    const noise = Array.from({ length: 500 }, (_, k) => [`mot${k}`, `word${k}`] as const);
    const a = alignTexts(source, target, { lexicon: [...present, ...noise] });
    const b = alignTexts(source, target, { lexicon: present });
    expect(a).toEqual(b);
  });

  it('lexiconMatches counts pairs as given and reversed', () => {
    expect(lexiconMatches([['séance', 'sitting'], ['council', 'conseil'], ['conseil', 'council'], ['grenouille', 'frog']], source, target)).toEqual({ forward: 2, reversed: 1 });
  });
});

describe('fbcoop --lexicon', () => {
  const dir = tempDir();
  const write = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('accepts an empty file, with a note', () => {
    const r = fbcoop(['align', SEED.fr, SEED.enA, '--format', 'beads', '--lexicon', write('empty.tsv', '')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the lexicon is empty');
  });

  it('says so when the list is given the wrong way round', () => {
    const r = fbcoop(['align', SEED.fr, SEED.enA, '--format', 'beads', '--lexicon', write('rev.tsv', 'terrorism\tterrorisme\nsecurity\tsécurité\ncooperation\tcoopération\njustice\tjustice\n')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/other way round/);
  });

  it('says nothing for a list in the right direction, or one whose header names the pair reversed', () => {
    const right = fbcoop(['align', SEED.fr, SEED.enA, '--format', 'beads', '--lexicon', write('ok.tsv', 'terrorisme\tterrorism\nsécurité\tsecurity\n')]);
    expect(right.stderr).toBe('');
    const tagged = fbcoop(['align', SEED.fr, SEED.enA, '--format', 'beads', '--lexicon', write('tagged.tsv', 'en-fr\nterrorism\tterrorisme\nsecurity\tsécurité\ncooperation\tcoopération\n')]);
    expect(tagged.code).toBe(0);
    expect(tagged.stderr).toBe('');
  });

  it('says so when no pair occurs, and rejects a malformed --lexicon-langs', () => {
    const none = fbcoop(['align', SEED.fr, SEED.enA, '--format', 'beads', '--lexicon', write('none.tsv', 'grenouille\tfrog\n')]);
    expect(none.stderr).toMatch(/none of its 1 pairs/);
    const bad = fbcoop(['align', SEED.fr, SEED.enA, '--lexicon', write('x.tsv', 'a\tb\n'), '--lexicon-langs', 'french']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^fbcoop: --lexicon-langs french/);
  });
});
