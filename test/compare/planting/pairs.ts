/**
 * The pairs the divergences are planted into: the seed communiqué's real
 * translations and drafts, the fixtures written for planting, and every
 * document against itself (two identical drafts, of which the target is then changed).
 */
import type { PairSpec } from './run.js';

const SEED = 'corpus/2018-06-11_val-duchesse-ii_';
const PRESS = 'cases/plant-press-release-nl-fr-en/';
const WRAPPED = 'cases/plant-hard-wrapped-fr-en/';
const MINUTES = 'cases/plant-minutes-en-nl/';

/** Pairs written for planting: faithful translations, so the unmodified pair should raise nothing. */
export const FIXTURE_PAIRS: readonly PairSpec[] = [
  { source: `${PRESS}nl.txt`, target: `${PRESS}fr.txt` },
  { source: `${PRESS}nl.txt`, target: `${PRESS}en.txt` },
  { source: `${PRESS}fr.txt`, target: `${PRESS}en.txt` },
  { source: `${PRESS}en.txt`, target: `${PRESS}nl.txt` },
  { source: `${WRAPPED}fr.txt`, target: `${WRAPPED}en.txt` },
  { source: `${WRAPPED}en.txt`, target: `${WRAPPED}fr.txt` },
  { source: `${MINUTES}en.txt`, target: `${MINUTES}nl.txt` },
  { source: `${MINUTES}nl.txt`, target: `${MINUTES}en.txt` },
  { source: `${PRESS}nl.txt`, target: `${PRESS}nl.txt` },
  { source: `${WRAPPED}fr.txt`, target: `${WRAPPED}fr.txt` },
  { source: `${MINUTES}en.txt`, target: `${MINUTES}en.txt` },
];

/** The real documents: the French original against its two translations, the translations against each other, and drafts. */
export const SEED_PAIRS: readonly PairSpec[] = [
  { source: `${SEED}fr.txt`, target: `${SEED}en-a.txt` },
  { source: `${SEED}fr.txt`, target: `${SEED}en-b.txt` },
  { source: `${SEED}en-a.txt`, target: `${SEED}en-b.txt` },
  { source: `${SEED}fr.txt`, target: `${SEED}fr.txt` },
  { source: `${SEED}en-b.txt`, target: `${SEED}en-b.txt` },
  { source: 'corpus/2021-11-22_val-duchesse-iii_nl.txt', target: 'corpus/2021-11-22_val-duchesse-iii_nl.txt' },
  { source: 'corpus/2016-02-01_euobserver-article_en.txt', target: 'corpus/2016-02-01_euobserver-article_en.txt' },
];
