// Escaping for plain Markdown documents (the region summary): text from ICE's list or a config is
// shown as written and can never become a link, emphasis, table cell break or HTML. Values are always
// placed inline (after "- " or "| "), so line-start syntax such as # needs no escape.

const SPECIAL = /[\\`*_[\]<>|~&]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

export function escapeMarkdown(text: string): string {
  return text.replace(/\s*(\r?\n|\r)\s*/g, ' ').replace(SPECIAL, (char) => ENTITIES[char] ?? `\\${char}`);
}
