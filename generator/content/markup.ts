// Curriculum markup, parsed once: a unit's text as a flat list of nodes (Markdown text, [src:ID] source markers,
// {{name}} placeholders, <!-- slot: NAME --> markers), and the one way to put it back together for an output format.
// The Markdown structure (headings, lists, bold) stays inside the text nodes: each format already has its own
// Markdown reader (Slidev, markdown-it for print, the script is Markdown), and every marker is inline, so a marker
// in a bold run or a table cell is a node between two pieces of that run. Pure: text in, nodes out.

export type MarkupNode =
  | { kind: 'text'; text: string; line?: number } // Markdown as written; `line` where parseMarkup read it
  | { kind: 'source'; id: string; line: number } // [src:ID], ID trimmed
  | { kind: 'placeholder'; name: string; line: number } // {{ name }}, name trimmed (a dotted path into the data)
  | { kind: 'slot'; name: string; line: number }; // <!-- slot: NAME -->

/** How an output format writes markup: `escape` for filled values (data), `sources` for a run of adjacent markers. */
export interface MarkupFormat {
  escape: (value: string) => string;
  /** The text for a run of source markers with only white space between them (dropped, with the space before). */
  sources?: (ids: string[]) => string;
}

// One alternation, so that the earliest marker wins and a marker never starts inside another one. A source id or a
// placeholder name never spans lines, so an unclosed marker cannot swallow text up to a bracket further on.
const MARKER = /\[src:([^\][\n]*)\]|\{\{([^}\n]*?)\}\}|<!--\s*slot:\s*([a-z0-9-]+)\s*-->/g;

/**
 * The nodes of `text`, in order; `firstLine` is the line of the file `text` starts on (1-based), so that each marker
 * carries its own line. What only looks like a marker stays text: `[src:` without `]` on its line, a `{{` not closed
 * on its line. An empty `[src:]` or `{{}}` is a marker with an empty id or name, which the content check rejects.
 */
export function parseMarkup(text: string, firstLine = 1): MarkupNode[] {
  const nodes: MarkupNode[] = [];
  let last = 0;
  let line = firstLine;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > last) nodes.push({ kind: 'text', text: text.slice(last, match.index), line });
    line += countLines(text, last, match.index);
    if (match[1] !== undefined) nodes.push({ kind: 'source', id: match[1].trim(), line });
    else if (match[2] !== undefined) nodes.push({ kind: 'placeholder', name: match[2].trim(), line });
    else nodes.push({ kind: 'slot', name: match[3]!, line });
    line += countLines(text, match.index, match.index + match[0].length);
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ kind: 'text', text: text.slice(last), line });
  return nodes;
}

// What starts a marker; in a text node it means a marker left unclosed on its line ("{{region.name}", "[src:ice").
const MARKER_START = /\{\{|\}\}|\[src:|<!--\s*slot:/g;

/**
 * The unclosed markers in `nodes`' text: what is written from the opener to the end of its line (at most 40
 * characters), with the line it is on. parseMarkup leaves them as text; the content check reports them.
 */
export function findUnclosedMarkers(nodes: readonly MarkupNode[]): { text: string; line: number }[] {
  const found: { text: string; line: number }[] = [];
  for (const node of nodes) {
    if (node.kind !== 'text' || node.line === undefined) continue;
    for (const match of node.text.matchAll(MARKER_START)) {
      const end = node.text.indexOf('\n', match.index);
      const rest = node.text.slice(match.index, end === -1 ? undefined : end);
      found.push({
        text: rest.length > 40 ? `${rest.slice(0, 40)}…` : rest,
        line: node.line + countLines(node.text, 0, match.index),
      });
    }
  }
  return found;
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

/** The value a placeholder name (a dotted path: `national.total.agreements`) stands for, as text; '' when none. */
export function placeholderValue(values: Record<string, unknown>, name: string): string {
  const value = name
    .split('.')
    .reduce<unknown>(
      (node, key): unknown => (node && typeof node === 'object' ? Reflect.get(node, key) : undefined),
      values,
    );
  // A placeholder names a scalar; one naming a block shows as String() writes it, as it always has.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return value === undefined || value === null ? '' : String(value);
}

/**
 * The one filler: `nodes` as text in a format. Text nodes are written as they are, each placeholder as its value from
 * `values` passed through `format.escape` (as `{{name}}` when `values` is null), slot markers as written. Each run of
 * source markers (adjacent, or with only white space between them) becomes `format.sources(ids)` in place of the
 * markers and the white space before them; without `format.sources`, markers are written back as `[src:ID]` and white
 * space is kept.
 */
export function renderMarkup(
  nodes: readonly MarkupNode[],
  values: Record<string, unknown> | null,
  format: MarkupFormat,
): string {
  const out: string[] = [];
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.kind === 'text') out.push(node.text);
    else if (node.kind === 'placeholder')
      out.push(values ? format.escape(placeholderValue(values, node.name)) : `{{${node.name}}}`);
    else if (node.kind === 'slot') out.push(`<!-- slot: ${node.name} -->`);
    else if (!format.sources) out.push(`[src:${node.id}]`);
    else {
      if (nodes[index - 1]?.kind === 'text') out.push(out.pop()!.trimEnd());
      const ids = [node.id];
      for (;;) {
        const gap = isBlank(nodes[index + 1]) ? 1 : 0;
        const next = nodes[index + 1 + gap];
        if (next?.kind !== 'source') break;
        ids.push(next.id);
        index += 1 + gap;
      }
      out.push(format.sources(ids));
    }
  }
  return out.join('');
}

function isBlank(node: MarkupNode | undefined): boolean {
  return node?.kind === 'text' && node.text.trim() === '';
}

/** A template's {{name}} placeholders filled from `values`, each passed through `escape` (as written by default). */
export function fillTemplate(
  template: string,
  values: Record<string, unknown>,
  escape: (value: string) => string = (value) => value,
): string {
  return renderMarkup(parseTemplate(template), values, { escape });
}

// UI strings are filled hundreds of times per build; their nodes are kept, as the curriculum's are kept by the loader.
const templates = new Map<string, MarkupNode[]>();
function parseTemplate(template: string): MarkupNode[] {
  let nodes = templates.get(template);
  if (!nodes) {
    if (templates.size >= 5000) templates.clear();
    templates.set(template, (nodes = parseMarkup(template)));
  }
  return nodes;
}

/**
 * Text for readers who do not see sources (quiz takers): markers and the space before them dropped, the rest as
 * written.
 */
export function withoutSources(text: string): string {
  return renderMarkup(parseMarkup(text), null, { escape: (value) => value, sources: () => '' });
}

/** `nodes` cut into lines at each newline of their text (a line may be empty). */
export function splitLines(nodes: readonly MarkupNode[]): MarkupNode[][] {
  const lines: MarkupNode[][] = [[]];
  for (const node of nodes) {
    if (node.kind !== 'text') {
      lines[lines.length - 1]!.push(node);
      continue;
    }
    node.text.split('\n').forEach((text, index) => {
      if (index > 0) lines.push([]);
      if (text) lines[lines.length - 1]!.push({ kind: 'text', text });
    });
  }
  return lines;
}

/** `nodes` without the white space at the start of their first text and the end of their last (as String.trim). */
export function trimMarkup(nodes: readonly MarkupNode[]): MarkupNode[] {
  const out = [...nodes];
  const first = out[0];
  if (first?.kind === 'text') out[0] = { kind: 'text', text: first.text.trimStart() };
  const last = out[out.length - 1];
  if (last?.kind === 'text') out[out.length - 1] = { kind: 'text', text: last.text.trimEnd() };
  return out.filter((node) => node.kind !== 'text' || node.text !== '');
}

/** `nodes` joined back from lines, with `separator` text between them. */
export function joinLines(lines: readonly MarkupNode[][], separator = '\n'): MarkupNode[] {
  return lines.flatMap((line, index) => (index > 0 ? [{ kind: 'text' as const, text: separator }, ...line] : line));
}

/** The parts of a slide's body between its slot markers: always prose first and last, so prose and slots alternate. */
export function splitAtSlots(
  nodes: readonly MarkupNode[],
): ({ kind: 'prose'; nodes: MarkupNode[] } | { kind: 'slot'; name: string })[] {
  let prose: MarkupNode[] = [];
  const parts: ({ kind: 'prose'; nodes: MarkupNode[] } | { kind: 'slot'; name: string })[] = [
    { kind: 'prose', nodes: prose },
  ];
  for (const node of nodes) {
    if (node.kind === 'slot') {
      prose = [];
      parts.push({ kind: 'slot', name: node.name }, { kind: 'prose', nodes: prose });
    } else prose.push(node);
  }
  return parts;
}

/** The nodes up to the first blank line (the first Markdown paragraph), without that line. */
export function firstParagraph(nodes: readonly MarkupNode[]): MarkupNode[] {
  const out: MarkupNode[] = [];
  for (const node of nodes) {
    const end = node.kind === 'text' ? node.text.search(/\n\s*\n/) : -1;
    if (node.kind !== 'text' || end === -1) out.push(node);
    else {
      if (end > 0) out.push({ kind: 'text', text: node.text.slice(0, end) });
      break;
    }
  }
  return out;
}
