import { describe, expect, it } from 'vitest';
import { FbcoopError } from '../../src/errors.js';
import { optionsFromConfig, parseConfig, printConfig } from '../../src/corpus/index.js';
import { matchGlob } from '../../src/corpus/glob.js';

const PATH = 'project/fbcoop.config.json';

function problem(text: string): string {
  try {
    parseConfig(text, PATH);
  } catch (error) {
    expect(error).toBeInstanceOf(FbcoopError);
    expect((error as FbcoopError).code).toBe('E_CONFIG');
    return (error as Error).message;
  }
  throw new Error('expected a config error');
}

describe('parseConfig', () => {
  it('reads every key', () => {
    const config = parseConfig(
      JSON.stringify({
        rules: { 'name-mismatch': 'off', 'text-change': 'warning' },
        reference: { language: 'fr' },
        ignore: ['drafts/**'],
        languages: { '*_nl.txt': 'nl' },
        failOn: 'warning',
        granularity: 'clause',
      }),
      PATH,
    );
    expect(config.rules).toEqual({ 'name-mismatch': 'off', 'text-change': 'warning' });
    expect(optionsFromConfig(config)).toMatchObject({ severity: { 'name-mismatch': 'off' }, reference: { language: 'fr' }, granularity: 'clause', failOn: 'warning' });
    expect(parseConfig('{"reference": [{"file": "a_fr.txt"}, {"language": "en"}]}', PATH).reference).toEqual([{ file: 'a_fr.txt' }, { language: 'en' }]);
  });

  it('reads a rule and its minor variants set apart, and "auto" as the default reference', () => {
    const config = parseConfig('{"rules": {"name-mismatch": {"severity": "warning", "minor": "off"}}, "reference": "auto"}', PATH);
    expect(config.rules).toEqual({ 'name-mismatch': { severity: 'warning', minor: 'off' } });
    expect(config.reference).toBeUndefined();
  });

  it.each([
    ['{"rulez": {}}', `${PATH}: rulez: unknown key`],
    ['{"rules": []}', `${PATH}: rules: expected an object`],
    ['{"rules": {"date-mismatsh": "error"}}', `${PATH}: rules.date-mismatsh: unknown rule id`],
    ['{"rules": {"date-mismatch": "fatal"}}', `${PATH}: rules.date-mismatch: "fatal" is not a severity`],
    ['{"rules": {"name-mismatch": {"minor": "quiet"}}}', `${PATH}: rules.name-mismatch.minor: "quiet" is not a severity`],
    ['{"rules": {"name-mismatch": {"level": "info"}}}', `${PATH}: rules.name-mismatch.level: unknown key (expected severity or minor)`],
    ['{"reference": {"language": "french"}}', `${PATH}: reference.language: "french" is not an ISO 639-1 code`],
    ['{"reference": [{"file": ""}]}', `${PATH}: reference[0].file: expected a non-empty string`],
    ['{"ignore": "drafts"}', `${PATH}: ignore: expected a list`],
    ['{"languages": {"*.txt": 7}}', `${PATH}: languages.*.txt: 7 is not an ISO 639-1 code`],
    ['{"failOn": "sometimes"}', `${PATH}: failOn: "sometimes": expected error, warning, info or never`],
    ['{"granularity": "word"}', `${PATH}: granularity: "word": expected sentence or clause`],
    ['{"rules": ', `${PATH}: not valid JSON`],
    ['[]', `${PATH}: expected a JSON object`],
  ])('%s → one line naming the file and the key', (text, start) => {
    const message = problem(text);
    expect(message.startsWith(start)).toBe(true);
    expect(message).not.toContain('\n');
  });
});

describe('printConfig', () => {
  it('shows the config in force with the defaults filled in', () => {
    const printed = JSON.parse(printConfig(parseConfig('{"rules": {"duplicate": "error"}}', PATH)));
    expect(printed.rules.duplicate).toBe('error');
    expect(printed.rules['date-mismatch']).toBe('error');
    expect(printed.failOn).toBe('error');
    expect(printed.granularity).toBe('sentence');
    expect(printed.ignore).toEqual([]);
    expect(printed.reference).toBe('auto');
  });

  it('prints a valid config: parsing what it prints and printing again gives the same text', () => {
    const config = parseConfig('{"rules": {"merge": {"severity": "error", "minor": "off"}, "name-mismatch": {"severity": "info", "minor": "info"}, "duplicate": "off"}}', PATH);
    const printed = printConfig(config);
    expect(JSON.parse(printed).rules.merge).toEqual({ severity: 'error', minor: 'off' });
    // info's minor variants are info already: written as one level.
    expect(JSON.parse(printed).rules['name-mismatch']).toBe('info');
    expect(printConfig(parseConfig(printed, PATH))).toBe(printed);
  });
});

describe('matchGlob', () => {
  it.each([
    ['*_nl.txt', 'corpus/2021_decl_nl.txt', true],
    ['*_nl.txt', 'corpus/2021_decl_fr.txt', false],
    ['drafts/**', 'corpus/drafts/a/b.txt', true],
    ['corpus/*.txt', 'corpus/sub/a.txt', false],
    ['**/*.{md,txt}', './x/y/readme.md', true],
    ['a?.txt', 'ab.txt', true],
  ])('%s vs %s → %s', (glob, path, expected) => {
    expect(matchGlob(glob, path)).toBe(expected);
  });
});
