/** Sentence boundaries in French, English and Dutch; clause granularity. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';
import { doc } from './doc.js';

const texts = (value: string, granularity: 'sentence' | 'clause' = 'sentence') =>
  segment(doc(value), { granularity }).segments.map((s) => s.text);

describe('sentences', () => {
  it('French: titles, ordinals, decimals, dates, page references', () => {
    expect(texts('M. Dupont est arrivé le 1er juin. Il a vu Mme Durand à 10.5 km. Le 11.06.2018 était un lundi. Voir p. 5 et art. 3 du texte. Enfin !'))
      .toEqual(['M. Dupont est arrivé le 1er juin.', 'Il a vu Mme Durand à 10.5 km.', 'Le 11.06.2018 était un lundi.',
        'Voir p. 5 et art. 3 du texte.', 'Enfin !']);
  });

  it('English: Mr., Dr., initials, e.g., i.e., ordinals', () => {
    expect(texts('Mr. Smith met Dr. Jones on the 11th. J. R. Smith agreed, e.g. on budgets, i.e. money. No. 5 passed. Then it ended.'))
      .toEqual(['Mr. Smith met Dr. Jones on the 11th.', 'J. R. Smith agreed, e.g. on budgets, i.e. money.', 'No. 5 passed.', 'Then it ended.']);
  });

  it('Dutch: dhr., mevr., o.a., bijv., nr., 1e', () => {
    expect(texts('Dhr. Jansen en mevr. De Vries kwamen o.a. naar Brussel, bijv. op de 1e dag. Zie nr. 5. Het werkt enz. Dat is alles.'))
      .toEqual(['Dhr. Jansen en mevr. De Vries kwamen o.a. naar Brussel, bijv. op de 1e dag.', 'Zie nr. 5.', 'Het werkt enz.', 'Dat is alles.']);
  });

  it('quotes, brackets and ellipses', () => {
    expect(texts('He said "Stop." Then left. (See the note.) It was « fini. » Puis rien… Et alors... Les faits [...] Restent. Il dit : « important … mais insuffisant ».'))
      .toEqual(['He said "Stop."', 'Then left.', '(See the note.)', 'It was « fini. »', 'Puis rien…', 'Et alors...',
        'Les faits [...] Restent.', 'Il dit : « important … mais insuffisant ».']);
  });

  it('a list item with several sentences becomes its sentences, in the item’s section', () => {
    const r = segment(doc('Intro.\n\n1. First heading\n\n- One sentence only.\n\n- Two here. And another.\n'));
    expect(r.segments.map((s) => [s.kind, s.section, s.text])).toEqual([
      ['sentence', undefined, 'Intro.'], ['heading', '1', '1. First heading'], ['item', '1.1', 'One sentence only.'],
      ['sentence', '1.2', 'Two here.'], ['sentence', '1.2', 'And another.'],
    ]);
  });
});

describe('clauses', () => {
  const enumeration = 'In 2016 we decided to step up police cooperation by strengthening exchanges between forces; enhance judicial cooperation; deepen cooperation to ensure the safety of citizens and counter violent extremism; and work together at European level.';
  it('cuts long sentences at semicolons, French spacing included', () => {
    expect(texts(enumeration, 'clause')).toEqual([
      'In 2016 we decided to step up police cooperation by strengthening exchanges between forces;',
      'enhance judicial cooperation;',
      'deepen cooperation to ensure the safety of citizens and counter violent extremism;',
      'and work together at European level.',
    ]);
    const fr = 'Nous avions décidé en 2016 d’intensifier la coopération policière entre forces de sécurité ; de renforcer la coopération judiciaire ; de nous concerter au niveau européen.';
    expect(texts(fr, 'clause')).toHaveLength(3);
    expect(segment(doc(enumeration), { granularity: 'clause' }).segments.every((s) => s.kind === 'clause')).toBe(true);
  });

  it('leaves short sentences and bracketed semicolons whole', () => {
    expect(texts('Short; sentence.', 'clause')).toEqual(['Short; sentence.']);
    const bracketed = 'The measures (police cooperation; judicial cooperation; prevention of violent extremism) were adopted by the two governments at their meeting in Paris in June.';
    expect(texts(bracketed, 'clause')).toEqual([bracketed]);
    expect(texts(enumeration, 'sentence')).toEqual([enumeration]);
  });
});
