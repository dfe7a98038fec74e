import { describe, expect, it } from 'vitest';
import { parseXml } from './xml.ts';

describe('the XML checker used for maps', () => {
  it('reads elements, attributes and entities', () => {
    const root = parseXml(
      `<?xml version="1.0"?>\n<a x="1 &amp; 2" y='&quot;'><b/>t &lt;&#65;&#x42;<c z="">u</c></a>\n`,
    );
    expect(root).toMatchObject({ name: 'a', attributes: { x: '1 & 2', y: '"' }, text: 't <AB' });
    expect(root.children.map((child) => child.name)).toEqual(['b', 'c']);
  });

  it.each([
    ['an unclosed element', '<a><b></a>'],
    ['a stray closing tag', '<a></b></a>'],
    ['two roots', '<a/><b/>'],
    ['a raw < in text', '<a>1 < 2</a>'],
    ['a raw & in text', '<a>Tom & Jerry</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a raw ]]> in text', '<a>]]></a>'],
    ['a raw < in an attribute', '<a x="<"/>'],
    ['an attribute without quotes', '<a x=1/>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['attributes without space between', '<a x="1"y="2"/>'],
    ['a control character', '<a>\u0001</a>'],
    ['a comment', '<a><!-- x --></a>'],
    ['a CDATA section', '<a><![CDATA[x]]></a>'],
  ])('rejects %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow(/not well-formed XML/);
  });
});
