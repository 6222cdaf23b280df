/** Language codes as glossaries write them (`en`, `en-GB`, `fr_FR`, `EN`) → ISO 639-1. */

const CODE = /^([a-z]{2})(?:[-_][a-z0-9]{2,8})*$/i;

/**
 * The ISO 639-1 code of a glossary's language label.
 * @returns the lower-case two-letter code, or undefined when the label is not a language code
 */
export function languageOfLabel(label: string): string | undefined {
  const m = CODE.exec(label.trim());
  return m ? m[1].toLowerCase() : undefined;
}
