// The one escaping route into a Slidev deck. Slidev compiles slide Markdown into Vue templates, where
// `{{ }}` runs even when written as HTML entities, so data never goes into the Markdown as text: it goes
// into a Vue attribute as a JSON literal (entity-escaped), and components show it by text interpolation.

const ATTRIBUTE: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
  '{': '&#123;',
  '}': '&#125;',
};

/** Text made safe inside a double-quoted HTML attribute (Vue decodes the entities back). */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"'<>{}]/g, (char) => ATTRIBUTE[char]!);
}

/** A value as a Vue binding expression for `:prop="..."`: a JSON literal, escaped for the attribute. */
export function vueValue(value: unknown): string {
  // U+2028/2029 are legal in JSON but end a line in some JavaScript parsers.
  return escapeAttribute(
    JSON.stringify(value)
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );
}

/** Text shown inline in slide Markdown, exactly as written. */
export function slidevText(text: string): string {
  return `<span v-text="${vueValue(text)}"></span>`;
}

const NOTE: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '{': '&#123;', '}': '&#125;' };

/**
 * Text in speaker notes, which Slidev renders from Markdown to HTML: HTML, Markdown syntax and the
 * end of the comment (`-->`) are neutralized, line breaks kept as spaces.
 */
export function escapeNote(text: string): string {
  return text
    .replace(/\s*(\r?\n|\r|\u2028|\u2029)\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/^([#+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/[&<>{}]/g, (char) => NOTE[char]!)
    .replace(/--/g, '-&#45;');
}
