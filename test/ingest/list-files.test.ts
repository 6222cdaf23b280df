import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listTextFiles } from '../../src/ingest/index.js';

let root: string;

/** Write files under the temporary root (`name` → content). */
function tree(files: Record<string, string | Uint8Array>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = join(root, name);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fbcoop-list-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('listTextFiles', () => {
  it('walks nested folders in a stable order, paths built from the one given', () => {
    tree({
      'corpus/b.txt': 'bravo',
      'corpus/a.txt': 'alpha',
      'corpus/2018/fr.txt': 'texte',
      'corpus/2018/en/A.txt': 'text',
      'corpus/Z.txt': 'zulu',
    });
    const { files, problems } = listTextFiles(['corpus'], { cwd: root });
    expect(files).toEqual(['corpus/2018/en/A.txt', 'corpus/2018/fr.txt', 'corpus/Z.txt', 'corpus/a.txt', 'corpus/b.txt']);
    expect(problems).toEqual([]);
  });

  it('chooses files by content: a text file without .txt is in, a PDF is a document, other binary files are out (reported when named .txt)', () => {
    tree({
      'd/notes': 'plain text without an extension',
      'd/communique.md': '# Titre\n\nTexte.',
      'd/photo.txt': new Uint8Array([0x41, 0x00, 0x01, 0x02]),
      'd/scan.pdf': '%PDF-1.4\n...',
      'd/u16.txt': new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]),
    });
    const { files, problems } = listTextFiles(['d'], { cwd: root });
    expect(files).toEqual(['d/communique.md', 'd/notes', 'd/scan.pdf', 'd/u16.txt']);
    // A binary file named as text is a damaged document, reported; a PDF is a document fbcoop reads (issue 13).
    expect(problems.map((p) => p.path)).toEqual(['d/photo.txt']);
    expect(problems[0].message).toMatch(/^d\/photo\.txt: binary file/);
  });

  it('skips dot-folders, dotfiles, node_modules, the config file and machine formats', () => {
    tree({
      'c/.git/HEAD': 'ref: refs/heads/main',
      'c/.hidden.txt': 'hidden',
      'c/node_modules/pkg/readme.txt': 'dependency',
      'c/fbcoop.config.json': '{}',
      'c/report.html': '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><meta name="generator" content="fbcoop"><title>fbcoop report</title></head></html>',
      'c/page.html': '<!DOCTYPE html>\n<html><body><p>A page is a document.</p></body></html>',
      'c/keep.txt': 'kept',
    });
    // fbcoop's own HTML report is skipped; other HTML pages are documents (issue 13).
    expect(listTextFiles(['c'], { cwd: root }).files).toEqual(['c/keep.txt', 'c/page.html']);
  });

  it('honours .fbcoopignore at the folder root (gitignore syntax, negation included)', () => {
    tree({
      'c/.fbcoopignore': '# drafts are not versions\ndrafts/\n*.bak.txt\n!keep.bak.txt\n',
      'c/drafts/old.txt': 'old',
      'c/x.bak.txt': 'backup',
      'c/keep.bak.txt': 'wanted backup',
      'c/sub/y.bak.txt': 'nested backup',
      'c/final.txt': 'final',
    });
    expect(listTextFiles(['c'], { cwd: root }).files).toEqual(['c/final.txt', 'c/keep.bak.txt']);
  });

  it('applies options.ignore patterns to folders and to files named directly', () => {
    tree({ 'c/fr.txt': 'fr', 'c/en.txt': 'en', 'c/gold/x.txt': 'gold', 'top.txt': 'top' });
    const { files } = listTextFiles(['c', 'top.txt'], { cwd: root, ignore: ['gold/', 'en.*', 'top.txt'] });
    expect(files).toEqual(['c/fr.txt']);
  });

  it('turns missing paths and named binary files into problems, and lists the rest', () => {
    tree({ 'ok.txt': 'fine', 'img.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
    const { files, problems } = listTextFiles(['ok.txt', 'missing.txt', 'img.png'], { cwd: root });
    expect(files).toEqual(['ok.txt']);
    expect(problems).toEqual([
      { path: 'missing.txt', message: 'missing.txt: no such file' },
      { path: 'img.png', message: 'img.png: binary file (PNG image), not text' },
    ]);
  });

  it('lists a file once when it is reached twice, and sorts regardless of argument order', () => {
    tree({ 'c/a.txt': 'a', 'c/b.txt': 'b' });
    expect(listTextFiles(['c/b.txt', 'c', 'c/a.txt'], { cwd: root }).files).toEqual(['c/a.txt', 'c/b.txt']);
  });

  it('keeps empty .txt files (so check can report them) but not other empty files', () => {
    tree({ 'c/empty.txt': '', 'c/.keep': '', 'c/placeholder': '' });
    expect(listTextFiles(['c'], { cwd: root }).files).toEqual(['c/empty.txt']);
  });

  it('survives a symbolic-link loop and reports a broken link', () => {
    tree({ 'c/a.txt': 'a' });
    symlinkSync('..', join(root, 'c', 'up'));
    symlinkSync('nowhere.txt', join(root, 'c', 'dead.txt'));
    const { files, problems } = listTextFiles(['c'], { cwd: root });
    expect(files).toEqual(['c/a.txt']);
    expect(problems).toEqual([{ path: 'c/dead.txt', message: 'c/dead.txt: broken link (ENOENT)' }]);
  });

  it('finds the seed corpus', () => {
    const { files, problems } = listTextFiles(['fixtures/corpus']);
    expect(files).toHaveLength(5);
    expect(files[0]).toBe('fixtures/corpus/2016-02-01_euobserver-article_en.txt');
    expect(problems).toEqual([]);
  });
});
