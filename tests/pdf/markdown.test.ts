import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../generator/pdf/markdown.ts';
import type { Block } from '../../generator/pdf/types.ts';

/** Every word a block prints, in order. */
function words(blocks: Block[]): string[] {
  const text = blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return block.text;
        case 'paragraph':
        case 'notice':
          return block.runs.map((run) => run.text).join('');
        case 'bullets':
        case 'numbered':
          return block.items.map((item) => item.map((run) => run.text).join('')).join(' ');
        case 'table':
          return [...block.columns.map((column) => column.header), ...block.rows.flat()].join(' ');
        default:
          return '';
      }
    })
    .join(' ');
  return text.split(/[\s–]+/).filter(Boolean);
}

describe('markdownToBlocks', () => {
  it('turns headings, paragraphs with bold, and both kinds of list into blocks', () => {
    expect(
      markdownToBlocks(
        '# Sus derechos\n\n## Dos\n\n### Tres\n\n#### Cuatro\n\nUsted **no tiene** que abrir.\nSegunda línea.\n\n' +
          '- Uno\n- **Dos** y más\n\n3. Tres\n4. Cuatro\n',
      ),
    ).toEqual([
      { kind: 'heading', level: 1, text: 'Sus derechos' },
      { kind: 'heading', level: 2, text: 'Dos' },
      { kind: 'heading', level: 3, text: 'Tres' },
      { kind: 'heading', level: 3, text: 'Cuatro' },
      {
        kind: 'paragraph',
        runs: [{ text: 'Usted ' }, { text: 'no tiene', bold: true }, { text: ' que abrir. Segunda línea.' }],
      },
      { kind: 'bullets', items: [[{ text: 'Uno' }], [{ text: 'Dos', bold: true }, { text: ' y más' }]] },
      { kind: 'numbered', items: [[{ text: 'Tres' }], [{ text: 'Cuatro' }]], start: 3 },
    ]);
  });

  it('makes a table block with equal column widths', () => {
    expect(markdownToBlocks('| Agencia | Modelo |\n|---|---|\n| Sheriff **Tarrant** | JEM |\n| Policía | |\n')).toEqual(
      [
        {
          kind: 'table',
          columns: [
            { header: 'Agencia', width: 0.5 },
            { header: 'Modelo', width: 0.5 },
          ],
          rows: [
            ['Sheriff Tarrant', 'JEM'],
            ['Policía', ''],
          ],
        },
      ],
    );
  });

  it('keeps the text of links, inline code, images, quotes, code blocks, HTML and nested lists', () => {
    const source = [
      'Vea [la guía](https://example.org) y `kit build` o ![el mapa](mapa.png) <b>aquí</b>.',
      '',
      '> Una cita',
      '',
      '```',
      'línea de código',
      '```',
      '',
      '<div>bloque</div>',
      '',
      '---',
      '',
      '- Padre',
      '  - Hijo',
      '    1. Nieto',
      '- Otro',
      '',
      '  con párrafo',
    ].join('\n');
    const blocks = markdownToBlocks(source);
    expect(words(blocks)).toEqual([
      'Vea',
      'la',
      'guía',
      'y',
      'kit',
      'build',
      'o',
      'el',
      'mapa',
      '<b>aquí</b>.',
      'Una',
      'cita',
      'línea',
      'de',
      'código',
      '<div>bloque</div>',
      'Padre',
      'Hijo',
      'Nieto',
      'Otro',
      'con',
      'párrafo',
    ]);
    expect(blocks.find((block) => block.kind === 'bullets')).toEqual({
      kind: 'bullets',
      items: [
        [{ text: 'Padre' }],
        [{ text: '– ' }, { text: 'Hijo' }],
        [{ text: '– ' }, { text: 'Nieto' }],
        [{ text: 'Otro' }, { text: ' ' }, { text: 'con párrafo' }],
      ],
    });
  });

  it('drops no word of a longer text', () => {
    const source =
      '# Título\n\nPárrafo con *énfasis* y __negrita__ y ~~tachado~~.\n\n* a\n* b\n\n1) uno\n2) dos\n\n' +
      'Texto final\\\ncon salto.';
    const expected = source.replace(/[#*_~\\\s]|\d\)/g, '');
    expect(words(markdownToBlocks(source)).join('')).toBe(expected);
  });
});
