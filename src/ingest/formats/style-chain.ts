/** Style inheritance, as DOCX (`w:basedOn`) and ODT (`style:parent-style-name`) both have it. */

/**
 * A style followed by the styles it inherits from, nearest first; a cycle or a missing style ends it.
 * @param start the style's id or name, or undefined for none
 * @param styles the document's styles by id or name
 * @param parentOf the id or name a style inherits from, if any
 */
export function styleChain<S>(start: string | undefined, styles: ReadonlyMap<string, S>, parentOf: (style: S) => string | undefined): S[] {
  const chain: S[] = [];
  const seen = new Set<string>();
  for (let id = start; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) break;
    chain.push(style);
    id = parentOf(style);
  }
  return chain;
}
