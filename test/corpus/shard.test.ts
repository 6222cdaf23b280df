import { describe, expect, it } from 'vitest';
import { checkCorpus, mergeReports, type CorpusReport } from '../../src/corpus/index.js';
import { inShard } from '../../src/corpus/shard.js';
import { CORPUS, ONE_LANGUAGE, readAll, txtFiles } from './helpers.js';

/** The report as `--format json` prints it and `merge-reports` reads it back. */
const asJson = (r: CorpusReport): CorpusReport => JSON.parse(JSON.stringify(r));

describe('--shard k/n', async () => {
  const { documents, problems } = readAll([...txtFiles(CORPUS), ...txtFiles(ONE_LANGUAGE)]);
  const extra = [{ path: 'missing.txt', message: 'missing.txt: no such file' }];
  const whole = asJson(await checkCorpus(documents, [...problems, ...extra]));

  for (const n of [2, 3, 5]) {
    it(`${n} shards merged report exactly what one run reports`, async () => {
      const shards: CorpusReport[] = [];
      for (let k = n; k >= 1; k--) shards.push(asJson(await checkCorpus(documents, [...problems, ...extra], { shard: { k, n } })));
      expect(mergeReports(shards)).toEqual(whole);
      // Each group falls to exactly one shard.
      const ids = shards.flatMap((s) => s.groups.map((g) => g.id)).sort();
      expect(ids).toEqual(whole.groups.map((g) => g.id).sort());
    });
  }

  it('the shard of a group does not depend on the shard asked for', () => {
    const members = ['a.txt', 'b.txt'];
    const owners = [1, 2, 3, 4].filter((k) => inShard(members, k, 4));
    expect(owners).toHaveLength(1);
  });

  it('merge-reports rejects what is not a check report', () => {
    expect(() => mergeReports([{ version: 1 } as unknown as CorpusReport])).toThrow(/check --format json/);
  });
});
