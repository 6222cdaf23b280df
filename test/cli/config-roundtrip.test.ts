/**
 * One severity model through the CLI: `--print-config`'s output, used as the config file, gives
 * exactly the results of the config it printed, for every rule (spawned `fbcoop check` on the seeds).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules.js';
import { CORPUS, fbcoop, tempDir } from '../helpers/cli.js';

/** Findings and summary of `check` on the seeds with a config file (or none), and its exit code at `--fail-on warning`. */
function run(config?: object): { report: unknown; code: number | null } {
  const args = ['check', CORPUS, '--format', 'json', '--fail-on', 'warning'];
  if (config) {
    const file = join(tempDir('fbcoop-config-'), 'fbcoop.config.json');
    writeFileSync(file, JSON.stringify(config));
    args.push('--config', file);
  }
  const r = fbcoop(args);
  expect(r.stderr).toBe('');
  const { findings, summary } = JSON.parse(r.stdout) as { findings: unknown; summary: unknown };
  return { report: { findings, summary }, code: r.code };
}

/** What `--print-config` shows for a config (or none). */
function printed(config?: object): Record<string, unknown> {
  const args = ['check', CORPUS, '--print-config'];
  if (config) {
    const file = join(tempDir('fbcoop-config-'), 'fbcoop.config.json');
    writeFileSync(file, JSON.stringify(config));
    args.push('--config', file);
  }
  const r = fbcoop(args);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const configurable = RULES.map((r) => r.id).filter((id) => id !== 'input');
/** Every rule moved off its default (errors down, the rest up), and one minor variant set apart. */
const moved = {
  rules: {
    ...Object.fromEntries(RULES.filter((r) => r.id !== 'input').map((r) => [r.id, r.severity === 'error' ? 'warning' : 'error'])),
    'merge': { severity: 'warning', minor: 'warning' },
  },
};

describe('--print-config round trip', () => {
  it('the defaults printed and used as the config give the same findings, severities and exit code', () => {
    const shown = printed();
    expect(Object.keys(shown.rules as object).sort()).toEqual([...configurable].sort());
    expect(run(shown)).toEqual(run());
  });

  it('every rule moved off its default: the printed config gives what the config gave', () => {
    const shown = printed(moved);
    expect((shown.rules as Record<string, unknown>).merge).toEqual({ severity: 'warning', minor: 'warning' });
    const direct = run(moved);
    expect(run(shown)).toEqual(direct);
    // The moved levels did apply: the seed's date and figure errors are now warnings, its duplicates errors.
    const findings = (direct.report as { findings: { rule: string; severity: string }[] }).findings;
    const levels = (rule: string) => [...new Set(findings.filter((f) => f.rule === rule).map((f) => f.severity))];
    expect(levels('date-mismatch')).toEqual(['warning']);
    expect(levels('number-mismatch')).toEqual(['warning']);
    expect(levels('duplicate')).toEqual(['error']);
  });
});
