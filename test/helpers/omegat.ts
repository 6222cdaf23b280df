/**
 * OmegaT in console mode, as a translator's CAT tool: how many segments of a document a TMX
 * fills. Used by test/report/omegat.test.ts and the bench (test/bench/omegat.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fbcoop, tempDir } from './cli.js';

/** The `omegat` launcher (Debian's package), or undefined when it is not installed. */
export function omegatPath(): string | undefined {
  for (const p of ['/usr/bin/omegat', '/usr/local/bin/omegat']) if (existsSync(p)) return p;
  return undefined;
}

/** Segments OmegaT cut the document into, and how many it left untranslated. */
export interface Fill {
  total: number;
  remaining: number;
}

/**
 * Build an OmegaT project whose source document is `segment --format txt` of `source`, with
 * `align source target --format tmx` in tm/auto/, run `omegat --mode=console-translate` and read
 * its statistics. Text files are cut at line breaks (OmegaT's Text filter option "Paragraph
 * segmentation: line breaks"; its default joins lines that do not end a sentence).
 */
export function omegatFill(source: string, target: string, langs: [string, string], extra: string[] = []): Fill {
  const dir = tempDir('fbcoop-omegat-');
  for (const d of ['source', 'target', 'tm/auto', 'omegat', 'glossary', 'dictionary']) mkdirSync(join(dir, d), { recursive: true });
  const txt = fbcoop(['segment', source, '--format', 'txt', '-o', join(dir, 'source', 'document.txt')]);
  const tmx = fbcoop(['align', source, target, '--format', 'tmx', '-o', join(dir, 'tm', 'auto', 'aligned.tmx'), ...extra]);
  if (txt.code !== 0 || tmx.code !== 0) throw new Error(`fbcoop failed: ${txt.stderr}${tmx.stderr}`);
  writeFileSync(join(dir, 'omegat.project'), project(langs));
  writeFileSync(join(dir, 'omegat', 'filters.xml'), FILTERS);
  const run = spawnSync(omegatPath() ?? 'omegat', [dir, '--mode=console-translate'], { encoding: 'utf8', timeout: 180_000, env: { ...process.env, HOME: dir } });
  const stats = join(dir, 'omegat', 'project_stats.txt');
  if (!existsSync(stats)) throw new Error(`omegat wrote no statistics: ${run.stderr?.slice(-500)}`);
  const text = readFileSync(stats, 'utf8');
  const count = (label: string) => Number(new RegExp(`^${label}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? NaN);
  return { total: count('Total'), remaining: count('Remaining') };
}

function project([source, target]: [string, string]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>${source}</source_lang>
    <target_lang>${target}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneStandardTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneStandardTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;
}

const FILTERS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<filters>
    <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
        <files sourceFilenameMask="*.txt" targetFilenamePattern="\${filename}"/>
        <option name="segmentOn" value="BREAKS"/>
    </filter>
</filters>
`;
