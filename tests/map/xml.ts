// A small strict XML parser for checking the kit's SVG: it accepts only elements, attributes, text and an XML
// declaration, and throws on anything not well-formed (unbalanced tags, a raw < or & in text, "]]>", bad entities,
// duplicate attributes, characters XML forbids). Node has no DOMParser, and the kit installs no XML package for this.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string; // the element's own text, entities decoded, children's text left out
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = /[A-Za-z_:][-A-Za-z0-9_.:]*/y;

export function parseXml(xml: string): XmlElement {
  let at = 0;
  const fail = (message: string): never => {
    throw new Error(`not well-formed XML: ${message} at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
  };
  const forbidden = FORBIDDEN.exec(xml);
  if (forbidden) {
    at = forbidden.index;
    fail('character not allowed in XML');
  }
  const skipSpace = () => {
    while (/\s/.test(xml[at] ?? '')) at++;
  };
  const expect = (literal: string) => {
    if (!xml.startsWith(literal, at)) fail(`expected ${JSON.stringify(literal)}`);
    at += literal.length;
  };
  const name = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(xml);
    if (!match) return fail('expected a name');
    at += match[0].length;
    return match[0];
  };
  const decode = (raw: string): string => {
    if (raw.includes('<')) fail('raw < in text or attribute');
    if (raw.includes(']]>')) fail('raw ]]> in text');
    return raw.replace(/&([^;]*);|&/g, (whole, body: string | undefined) => {
      if (body === undefined) return fail('& that starts no entity');
      if (body in ENTITIES) return ENTITIES[body]!;
      const code = /^#x([0-9a-fA-F]+)$/.exec(body)?.[1] ?? /^#([0-9]+)$/.exec(body)?.[1];
      if (code === undefined) return fail(`unknown entity ${whole}`);
      return String.fromCodePoint(parseInt(code, body.startsWith('#x') ? 16 : 10));
    });
  };
  const element = (): XmlElement => {
    expect('<');
    const node: XmlElement = { name: name(), attributes: {}, children: [], text: '' };
    for (;;) {
      const before = at;
      skipSpace();
      if (xml.startsWith('/>', at)) {
        at += 2;
        return node;
      }
      if (xml[at] === '>') break;
      if (at === before) fail('expected space before an attribute');
      const key = name();
      if (Object.hasOwn(node.attributes, key)) fail(`duplicate attribute ${key}`);
      skipSpace();
      expect('=');
      skipSpace();
      const quote = xml[at];
      if (quote !== '"' && quote !== "'") return fail('attribute value without quotes');
      const end = xml.indexOf(quote, at + 1);
      if (end < 0) fail('unterminated attribute value');
      node.attributes[key] = decode(xml.slice(at + 1, end));
      at = end + 1;
    }
    at++;
    for (;;) {
      const next = xml.indexOf('<', at);
      if (next < 0) fail(`<${node.name}> is never closed`);
      node.text += decode(xml.slice(at, next));
      at = next;
      if (xml.startsWith('</', at)) {
        at += 2;
        const closing = name();
        if (closing !== node.name) fail(`</${closing}> closes <${node.name}>`);
        skipSpace();
        expect('>');
        return node;
      }
      if (/^<[!?]/.test(xml.slice(at, at + 2))) fail('comment, CDATA, doctype or processing instruction');
      node.children.push(element());
    }
  };
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) fail('unterminated XML declaration');
    at = end + 2;
  }
  skipSpace();
  const root = element();
  skipSpace();
  if (at !== xml.length) fail('content after the root element');
  return root;
}

/** Every element of the tree, depth first, in document order. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
