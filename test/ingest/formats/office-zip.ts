/** Small DOCX and ODT packages built in tests, for features the seed fixtures do not have. */
import { zipSync, strToU8 } from 'fflate';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A DOCX with these parts (paths under `word/` unless they contain a `/`).
 * @param body the `w:body` content of document.xml
 * @param parts other parts by name (`styles.xml`, `numbering.xml`, `footnotes.xml`, `header1.xml`, …)
 */
export function makeDocx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  const rels: string[] = [];
  for (const [name, xml] of Object.entries(parts)) {
    const path = name.includes('/') ? name : `word/${name}`;
    files[path] = strToU8(xml.startsWith('<?xml') ? xml : `<?xml version="1.0" encoding="UTF-8"?>${xml.replace(/^<(w:\w+)/, `<$1 ${W}`)}`);
    const type = /^header/.test(name) ? 'header' : /^footer/.test(name) ? 'footer' : undefined;
    if (type) rels.push(`<Relationship Id="r${rels.length}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${name}"/>`);
  }
  files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  return zipSync(files);
}

/** A paragraph with one run of text and optional paragraph properties. */
export function p(text: string, pPr = ''): string {
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

const ODF_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

/**
 * An ODT with this `office:text` content and these styles.
 * @param text the `office:text` content of content.xml
 * @param styles the `office:styles` content of styles.xml
 * @param masterStyles the `office:master-styles` content of styles.xml (headers, footers)
 */
export function makeOdt(text: string, styles = '', masterStyles = ''): Uint8Array {
  return zipSync({
    mimetype: strToU8('application/vnd.oasis.opendocument.text'),
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS}><office:body><office:text>${text}</office:text></office:body></office:document-content>`),
    'styles.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ODF_NS}><office:styles>${styles}</office:styles><office:master-styles>${masterStyles}</office:master-styles></office:document-styles>`),
  });
}
