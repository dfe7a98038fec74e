// Markdown (the kit's curriculum text) into typesetter blocks with markdown-it: headings, paragraphs, lists, bold,
// tables. What has no block of its own (quotes, code, HTML, links, images) becomes plain text; no text is dropped.

import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Block, Run } from './types.ts';

const parser = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
const NESTED = '– '; // marks an item of a nested list, which the typesetter flattens into its parent list

/** Runs of an inline token: bold inside ** or __, everything else (code, link text, image alt, HTML) as plain text. */
function runsOf(inline: Token | undefined): Run[] {
  const runs: Run[] = [];
  let bold = 0;
  const push = (text: string) => {
    if (!text) return;
    const last = runs[runs.length - 1];
    const isBold = bold > 0;
    if (last && (last.bold === true) === isBold) last.text += text;
    else runs.push(isBold ? { text, bold: true } : { text });
  };
  for (const child of inline?.children ?? []) {
    if (child.type === 'strong_open') bold++;
    else if (child.type === 'strong_close') bold = Math.max(0, bold - 1);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') push(' ');
    else push(child.content);
  }
  return runs;
}

const plain = (runs: Run[]) => runs.map((run) => run.text).join('');
const hasText = (runs: Run[]) => plain(runs).trim() !== '';

/** Index of the token that closes the one opened at `start` (same nesting level). */
function closeOf(tokens: Token[], start: number): number {
  const open = tokens[start]!;
  for (let index = start + 1; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.level === open.level && token.nesting === -1) return index;
  }
  return tokens.length - 1;
}

/** The items of the list opened at `start`; items of lists nested in them follow their parent, marked with a dash. */
function listItems(tokens: Token[], start: number, end: number, depth: number): Run[][] {
  const items: Run[][] = [];
  for (let index = start + 1; index < end; index++) {
    if (tokens[index]!.type !== 'list_item_open') continue;
    const close = closeOf(tokens, index);
    const own: Run[] = [];
    const nested: Run[][] = [];
    for (let inner = index + 1; inner < close; inner++) {
      const token = tokens[inner]!;
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        const listClose = closeOf(tokens, inner);
        nested.push(...listItems(tokens, inner, listClose, depth + 1));
        inner = listClose;
      } else if (
        token.type === 'inline' ||
        token.type === 'fence' ||
        token.type === 'code_block' ||
        token.type === 'html_block'
      ) {
        const runs = token.type === 'inline' ? runsOf(token) : [{ text: token.content.trim() }];
        if (own.length && hasText(runs)) own.push({ text: ' ' });
        own.push(...runs);
      }
    }
    const prefix: Run[] = depth > 0 ? [{ text: NESTED }] : [];
    items.push([...prefix, ...own], ...nested);
    index = close;
  }
  return items;
}

function tableBlock(tokens: Token[], start: number, end: number): Block {
  const rows: string[][] = [];
  let header: string[] = [];
  let row: string[] | null = null;
  for (let index = start + 1; index < end; index++) {
    const token = tokens[index]!;
    if (token.type === 'tr_open') row = [];
    else if (token.type === 'inline' && row) row.push(plain(runsOf(token)).trim());
    else if (token.type === 'tr_close' && row) {
      if (header.length === 0) header = row;
      else rows.push(row);
      row = null;
    }
  }
  return { kind: 'table', columns: header.map((text) => ({ header: text, width: 1 / header.length })), rows };
}

/** The level of a heading tag ("h1" to "h6"): 1 or 2 as given, 3 for every deeper one. */
function headingLevel(tag: string): 1 | 2 | 3 {
  const level = Number(tag.slice(1));
  return level === 1 ? 1 : level === 2 ? 2 : 3;
}

/** Blocks for `markdown`. */
export function markdownToBlocks(markdown: string): Block[] {
  const tokens = parser.parse(markdown, {});
  const blocks: Block[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    switch (token.type) {
      case 'heading_open': {
        const level = headingLevel(token.tag);
        const text = plain(runsOf(tokens[index + 1])).trim();
        if (text) blocks.push({ kind: 'heading', level, text });
        index = closeOf(tokens, index);
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const close = closeOf(tokens, index);
        const items = listItems(tokens, index, close, 0);
        if (token.type === 'bullet_list_open') blocks.push({ kind: 'bullets', items });
        else blocks.push({ kind: 'numbered', items, start: Number(token.attrGet('start') ?? 1) });
        index = close;
        break;
      }
      case 'table_open': {
        const close = closeOf(tokens, index);
        blocks.push(tableBlock(tokens, index, close));
        index = close;
        break;
      }
      case 'inline': {
        // Paragraphs, also inside block quotes.
        const runs = runsOf(token);
        if (hasText(runs)) blocks.push({ kind: 'paragraph', runs });
        break;
      }
      case 'fence':
      case 'code_block':
      case 'html_block':
        for (const line of token.content.split('\n'))
          if (line.trim()) blocks.push({ kind: 'paragraph', runs: [{ text: line.trim() }] });
        break;
      default:
        break; // openers and closers of paragraphs and quotes, rules: no text of their own
    }
  }
  return blocks;
}
