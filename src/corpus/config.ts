/** `fbcoop.config.json`: parsing with one clear line per problem, and the config in force for --print-config. */
import { FbcoopError } from '../errors.js';
import { parseJsonFile } from './json.js';
import { RULES, ruleLevels, type RuleConfig, type RuleSetting } from '../rules.js';
import type { Granularity, Severity } from '../types.js';
import type { CorpusOptions, ReferenceRule } from './model.js';

/** The configuration, as read (absent keys stay absent). */
export interface Config {
  rules?: Record<string, RuleConfig>;
  /** Absent or `"auto"`: the version the others agree with most. */
  reference?: ReferenceRule | ReferenceRule[];
  ignore?: string[];
  languages?: Record<string, string>;
  failOn?: Severity | 'never';
  granularity?: Granularity;
}

const KEYS = ['rules', 'reference', 'ignore', 'languages', 'failOn', 'granularity'] as const;
const SETTINGS: readonly string[] = ['error', 'warning', 'info', 'off'];
const FAIL_ON: readonly string[] = ['error', 'warning', 'info', 'never'];
const GRANULARITIES: readonly string[] = ['sentence', 'clause'];
const LANG = /^(?:[a-z]{2}|und)$/;
// The compare stage's rules; `input` (unreadable files) is not a divergence and cannot be silenced.
const CONFIGURABLE = new Set(RULES.map((r) => r.id).filter((id) => id !== 'input'));

function fail(path: string, key: string, problem: string): never {
  throw new FbcoopError('E_CONFIG', `${path}: ${key}: ${problem}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function reference(v: unknown, path: string, key: string): ReferenceRule {
  if (!isObject(v)) fail(path, key, 'expected {"language": "fr"} or {"file": "path"}');
  const keys = Object.keys(v);
  if (keys.length !== 1 || (keys[0] !== 'language' && keys[0] !== 'file')) fail(path, key, 'expected exactly one of "language" or "file"');
  const value = v[keys[0]];
  if (typeof value !== 'string' || value === '') fail(path, `${key}.${keys[0]}`, 'expected a non-empty string');
  if (keys[0] === 'language') {
    if (!LANG.test(value)) fail(path, `${key}.language`, `"${value}" is not an ISO 639-1 code such as fr, en or nl`);
    return { language: value };
  }
  return { file: value };
}

function level(setting: unknown, path: string, key: string): RuleSetting {
  if (typeof setting !== 'string' || !SETTINGS.includes(setting)) fail(path, key, `${JSON.stringify(setting)} is not a severity (expected error, warning, info or off)`);
  return setting as RuleSetting;
}

/** One entry of `rules`: a level, or the rule's and its minor variants' levels apart. */
function ruleConfig(id: string, setting: unknown, path: string): RuleConfig {
  const key = `rules.${id}`;
  if (!CONFIGURABLE.has(id)) fail(path, key, `unknown rule id (known: ${[...CONFIGURABLE].join(', ')})`);
  if (!isObject(setting)) return level(setting, path, key);
  const out: { severity?: RuleSetting; minor?: RuleSetting } = {};
  for (const [k, v] of Object.entries(setting)) {
    if (k !== 'severity' && k !== 'minor') fail(path, `${key}.${k}`, 'unknown key (expected severity or minor)');
    out[k] = level(v, path, `${key}.${k}`);
  }
  return out;
}

/**
 * Parse and validate a configuration file.
 * @param path the file's path, named in every error
 * @throws FbcoopError E_CONFIG as `<path>: <key>: <problem>`
 */
export function parseConfig(text: string, path: string): Config {
  const data = parseJsonFile(text, path);
  if (!isObject(data)) throw new FbcoopError('E_CONFIG', `${path}: expected a JSON object at the top level`);
  const config: Config = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === '$schema') continue;
    if (!(KEYS as readonly string[]).includes(key)) fail(path, key, `unknown key (expected one of ${KEYS.join(', ')})`);
    switch (key) {
      case 'rules': {
        if (!isObject(value)) fail(path, key, 'expected an object of rule id → "error" | "warning" | "info" | "off" (or {"severity": …, "minor": …})');
        const rules: Record<string, RuleConfig> = {};
        for (const [id, setting] of Object.entries(value)) rules[id] = ruleConfig(id, setting, path);
        config.rules = rules;
        break;
      }
      case 'reference':
        if (value === 'auto') break;
        config.reference = Array.isArray(value) ? value.map((v, i) => reference(v, path, `reference[${i}]`)) : reference(value, path, key);
        break;
      case 'ignore':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(path, key, 'expected a list of glob patterns (strings)');
        config.ignore = value as string[];
        break;
      case 'languages': {
        if (!isObject(value)) fail(path, key, 'expected an object of path glob → ISO 639-1 code');
        const languages: Record<string, string> = {};
        for (const [glob, code] of Object.entries(value)) {
          if (typeof code !== 'string' || !LANG.test(code)) fail(path, `languages.${glob}`, `${JSON.stringify(code)} is not an ISO 639-1 code such as fr, en or nl`);
          languages[glob] = code;
        }
        config.languages = languages;
        break;
      }
      case 'failOn':
        if (typeof value !== 'string' || !FAIL_ON.includes(value)) fail(path, key, `${JSON.stringify(value)}: expected error, warning, info or never`);
        config.failOn = value as Severity | 'never';
        break;
      case 'granularity':
        if (typeof value !== 'string' || !GRANULARITIES.includes(value)) fail(path, key, `${JSON.stringify(value)}: expected sentence or clause`);
        config.granularity = value as Granularity;
        break;
    }
  }
  return config;
}

/**
 * The config in force, every key present (defaults filled in), as --print-config shows it (JSON);
 * a valid config itself, which gives the same results when used as one. Each rule shows its level,
 * and its minor variants' level too where it is not the one below (`{"severity": …, "minor": …}`).
 */
export function printConfig(config: Config): string {
  const rules: Record<string, RuleConfig> = {};
  for (const r of RULES) {
    if (!CONFIGURABLE.has(r.id)) continue;
    const levels = ruleLevels(r.id, config.rules?.[r.id]);
    rules[r.id] = r.minor !== undefined && levels.minor !== ruleLevels(r.id, levels.severity).minor ? levels : levels.severity;
  }
  const full = {
    rules,
    reference: config.reference ?? 'auto',
    ignore: config.ignore ?? [],
    languages: config.languages ?? {},
    failOn: config.failOn ?? 'error',
    granularity: config.granularity ?? 'sentence',
  };
  return `${JSON.stringify(full, null, 2)}\n`;
}

/** The `checkCorpus` options a configuration sets (the CLI layers its flags over them). */
export function optionsFromConfig(config: Config): CorpusOptions {
  return {
    ...(config.rules ? { severity: config.rules } : {}),
    ...(config.reference ? { reference: config.reference } : {}),
    ...(config.languages ? { languages: config.languages } : {}),
    ...(config.failOn ? { failOn: config.failOn } : {}),
    ...(config.granularity ? { granularity: config.granularity } : {}),
  };
}
