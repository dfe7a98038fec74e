// The one XML escape shared by the Moodle XML and QTI exports, and the CDATA wrapper for Moodle's
// HTML-typed fields.

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// Characters XML 1.0 cannot hold at all, even escaped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe in XML content and attributes: & < > " ' as entities, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}

/**
 * Plain text for a field Moodle reads as HTML (format="html"): HTML-escaped
 * with escapeXml (the same five characters), inside CDATA, so an XML parser hands the LMS escaped HTML
 * and the learner sees the text as written. "]]>" cannot survive escaping; it is split anyway.
 */
export function htmlField(text: string): string {
  return `<![CDATA[${escapeXml(text).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}
