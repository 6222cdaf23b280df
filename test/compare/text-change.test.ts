import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/index.js';
import { makeAlignment, makeDoc, only } from './helpers.js';

describe('text-change', () => {
  it.each([
    ['en', 'The first meeting of the working group was held in Paris.', 'The first meeting of the working group took place in Brussels.'],
    ['fr', 'La première réunion du groupe de travail s’est tenue à Paris.', 'La première réunion du groupe s’est tenue à Bruxelles.'],
    ['nl', 'De eerste vergadering van de werkgroep vond plaats in Parijs.', 'De eerste vergadering van de werkgroep vond plaats in Brussel.'],
  ])('%s: words changed, with the word diff', (lang, before, after) => {
    const [f] = compare(makeAlignment(makeDoc(lang, [before]), makeDoc(lang, [after])), only('text-change'));
    expect(f).toMatchObject({ rule: 'text-change', severity: 'info' });
    expect(f.diff!.map((c) => c.value).filter((_, i) => f.diff![i].op !== 'added').join('')).toBe(before);
    expect(f.diff!.map((c) => c.value).filter((_, i) => f.diff![i].op !== 'removed').join('')).toBe(after);
  });

  it('names the changed words in the message', () => {
    const [f] = compare(makeAlignment(makeDoc('en', ['Held on 27 February 2018.']), makeDoc('en', ['Held on 27 February 2017.'])), only('text-change'));
    expect(f.message).toBe('words changed: "2018" → "2017"');
  });

  it('not across languages, not for identical texts', () => {
    expect(compare(makeAlignment(makeDoc('fr', ['Bonjour à tous.']), makeDoc('en', ['Hello everyone.'])), only('text-change'))).toEqual([]);
    expect(compare(makeAlignment(makeDoc('nl', ['Goedendag.']), makeDoc('nl', ['Goedendag.'])), only('text-change'))).toEqual([]);
  });

  // Two translations of one French text: every passage is worded differently.
  const a = [
    'The Prime Ministers met today to review cooperation between our two countries on internal security.',
    'In keeping with the statement signed in 2016, we decided to step up police cooperation along the border.',
    'Those efforts were more clearly defined in 2017 with fresh impetus from both governments.',
    'A joint working party on criminal proceedings held its first meeting on 27 February 2018.',
    'We pledge to build on the initial cooperation efforts our two governments have made.',
    'Checks concerning restrictions on sales must be strengthened, especially for purchases over the Internet.',
  ];
  const b = [
    'The heads of government convened today to consider how the two nations might co-operate on domestic security.',
    'It is in the spirit of the declaration of 2016 that we resolved to intensify co-operation between police forces at the frontier.',
    'These endeavours received a new impetus in 2017 from the two administrations.',
    'The first session of a joint group on prosecutions took place on 27 February 2017.',
    'We undertake to continue what both administrations began together.',
    'The restrictions in place on the sale of these substances must be tightened up, particularly online.',
  ];

  it('two versions worded independently throughout (two translations): one finding that says so, not one per passage', () => {
    const findings = compare(makeAlignment(makeDoc('en', a), makeDoc('en', b)), only('text-change'));
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toMatch(/^the two versions are worded independently \(6 of 6 aligned passages differ/);
    expect(findings[0].source?.line).toBe(1);
    expect(findings[0].target?.line).toBe(1);
    // The value rules still compare them passage by passage.
    const dates = compare(makeAlignment(makeDoc('en', a), makeDoc('en', b)), only('date-mismatch'));
    expect(dates.map((f) => [f.expected, f.actual])).toEqual([['2018-02-27', '2017-02-27']]);
  });

  it('drafts edited here and there keep one finding per changed passage', () => {
    const edited = a.map((t, i) => (i === 1 ? t.replace('step up', 'strengthen') : i === 4 ? t.replace('initial', 'first') : t));
    const findings = compare(makeAlignment(makeDoc('en', a), makeDoc('en', edited)), only('text-change'));
    expect(findings.map((f) => f.message)).toEqual(['words changed: "step up" → "strengthen"', 'words changed: "initial" → "first"']);
  });
});
