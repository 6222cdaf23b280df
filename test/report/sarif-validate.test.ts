/**
 * The SARIF log checked by the programs that read it: every log against the
 * SARIF 2.1.0 JSON schema (ajv, on any machine), and the seed check's log by
 * Microsoft's `sarif-multitool validate` with the SARIF and GitHub rule kinds,
 * where the multitool is installed (a devDependency; its binary exists for
 * Linux, macOS and Windows only).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { CORPUS, fbcoop, SEED, tempDir } from '../helpers/cli.js';
import { emptyReport, sampleReport } from './samples.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, 'schema/sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function schemaErrors(text: string): string[] {
  return validate(JSON.parse(text)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** The multitool's binary, if its package and the platform's binary are installed. */
function multitool(): string | undefined {
  try {
    const path = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}
const MULTITOOL = multitool();
const OFFLINE_CONFIG = join(import.meta.dirname, 'schema/multitool-offline.xml');
if (!MULTITOOL) console.warn('sarif-validate.test: sarif-multitool checks skipped: @microsoft/sarif-multitool or its binary for this platform is not installed (npm install)');

describe('SARIF against the SARIF 2.1.0 JSON schema', () => {
  it('accepts the log of a diff, of an empty report and of an unknown rule', () => {
    expect(schemaErrors(formatReport(sampleReport(), 'sarif', { toolVersion: '0.1.0' }))).toEqual([]);
    expect(schemaErrors(formatReport(emptyReport(), 'sarif'))).toEqual([]);
    const r = sampleReport();
    r.findings = [{ ...r.findings[0], rule: 'brand-new-rule' }];
    expect(schemaErrors(formatReport(r, 'sarif'))).toEqual([]);
  });

  it('accepts the log the CLI writes for the seed corpus and for a diff', () => {
    const dir = tempDir();
    const check = fbcoop(['check', CORPUS, '--format', 'sarif', '-o', join(dir, 'check.sarif')]);
    expect(check.stderr).toBe('');
    expect(schemaErrors(readFileSync(join(dir, 'check.sarif'), 'utf8'))).toEqual([]);
    const diff = fbcoop(['diff', SEED.fr, SEED.enB, '--format', 'sarif']);
    expect(schemaErrors(diff.stdout)).toEqual([]);
  });

  it('is checked for real: a log with a bad level is refused', () => {
    const log = JSON.parse(formatReport(sampleReport(), 'sarif'));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});

describe.skipIf(!MULTITOOL)('SARIF through sarif-multitool validate --rule-kind "Sarif;Gh"', () => {
  /** The multitool's own log of its validation: its results are the problems it found. */
  function validateWithMultitool(file: string): Sarif.Result[] {
    const out = join(tempDir(), 'validation.sarif');
    // Spawned without a shell: the package's bin.js runs through one, which splits "Sarif;Gh" at the `;`.
    // The configuration switches off SARIF2006 only: it fetches every URI of the log over the network.
    const args = ['validate', file, '--rule-kind', 'Sarif;Gh', '--config', OFFLINE_CONFIG, '--output', out];
    const run = spawnSync(MULTITOOL!, args, { encoding: 'utf8', timeout: 120_000 });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    const log = JSON.parse(readFileSync(out, 'utf8')) as Sarif.Log;
    return log.runs.flatMap((r) => r.results ?? []);
  }

  it('finds no error and no warning in the seed check, GitHub rules included', () => {
    const dir = tempDir();
    const file = join(dir, 'check.sarif');
    fbcoop(['check', CORPUS, '--format', 'sarif', '-o', file]);
    const problems = validateWithMultitool(file).filter((r) => r.level === 'error' || r.level === 'warning' || r.level === undefined);
    expect(problems.map((r) => `${r.ruleId}: ${r.message.text ?? JSON.stringify(r.message.arguments)}`)).toEqual([]);
  });

  it('does report what GitHub needs when it is missing (the check is live)', () => {
    const dir = tempDir();
    const file = join(dir, 'no-help.sarif');
    const log = JSON.parse(formatReport(sampleReport(), 'sarif'));
    for (const rule of log.runs[0].tool.driver.rules) delete rule.help;
    writeFileSync(file, JSON.stringify(log));
    const ids = validateWithMultitool(file).map((r) => r.ruleId);
    expect(ids).toContain('GH2012');
  });
});
