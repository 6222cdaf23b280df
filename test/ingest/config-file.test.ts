import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConfigFile } from '../../src/ingest/index.js';
import { FbcoopError } from '../../src/errors.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fbcoop-config-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readConfigFile', () => {
  it('finds fbcoop.config.json in a folder above the start folder', () => {
    mkdirSync(join(root, 'a', 'b'), { recursive: true });
    writeFileSync(join(root, 'fbcoop.config.json'), '\uFEFF{"failOn": "warning"}');
    const found = readConfigFile(join(root, 'a', 'b'));
    expect(found).toEqual({ path: join(root, 'fbcoop.config.json'), text: '{"failOn": "warning"}' });
  });

  it('prefers the nearest one', () => {
    mkdirSync(join(root, 'a'), { recursive: true });
    writeFileSync(join(root, 'fbcoop.config.json'), '{"outer": true}');
    writeFileSync(join(root, 'a', 'fbcoop.config.json'), '{"inner": true}');
    expect(readConfigFile(join(root, 'a'))?.text).toBe('{"inner": true}');
  });

  it('finds nothing when no folder up to the root has one', () => {
    mkdirSync(join(root, 'deep', 'er'), { recursive: true });
    expect(readConfigFile(join(root, 'deep', 'er'))).toBeUndefined();
  });

  it('reads an explicit path relative to the start folder', () => {
    writeFileSync(join(root, 'custom.json'), '{}');
    expect(readConfigFile(root, 'custom.json')).toEqual({ path: 'custom.json', text: '{}' });
  });

  it('fails with E_CONFIG when the explicit file does not exist', () => {
    let error: unknown;
    try {
      readConfigFile(root, 'nope.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FbcoopError);
    expect((error as FbcoopError).code).toBe('E_CONFIG');
    expect((error as FbcoopError).message).toBe('nope.json: config file not found');
  });
});
