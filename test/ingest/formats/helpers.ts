/** Read a text format through the format layer and segment it, as the CLI does. */
import { parseDocument } from '../../../src/ingest/index.js';
import { prepare } from '../../../src/pipeline.js';
import { originalOffset } from '../../../src/segment/index.js';
import type { Document, SegmentedDocument } from '../../../src/types.js';

/** A document read from a string as if it were a file named `path`. */
export async function docOf(value: string, path: string): Promise<Document> {
  return parseDocument(new TextEncoder().encode(value), path);
}

/** Read and segment. */
export async function segmentsOf(value: string, path: string, lang?: string): Promise<SegmentedDocument> {
  return prepare(await docOf(value, path), { lang });
}

/**
 * Every character of every segment maps back into the file: a letter or digit of the segment
 * text stands at its mapped offset in the file, unless the file writes it as an escape there.
 * @returns the characters that do not map (empty when positions hold)
 */
export function unmapped(doc: SegmentedDocument): string[] {
  const bad: string[] = [];
  for (const s of doc.segments) {
    for (let i = 0; i < s.text.length; i++) {
      const c = s.text[i];
      if (!/[\p{L}\p{N}]/u.test(c)) continue;
      const at = originalOffset(s, i);
      const file = doc.document.value[at];
      if (file !== c && file !== '&' && file !== '\\') bad.push(`${s.id}[${i}] ${c} → ${JSON.stringify(doc.document.value.slice(at, at + 8))}`);
    }
  }
  return bad;
}
