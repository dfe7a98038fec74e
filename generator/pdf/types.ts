// The typesetter's input: documents as flows of blocks. Handouts, cards, the facilitator guide and quizzes
// describe what to print in these terms; generator/pdf/ lays them out and draws them with pdf-lib.

import type { Model } from '../data/types.ts';
import type { IconName } from '../design/icons.ts';
import type { Hex } from '../design/palette.ts';
import type { StateMap } from '../map/model.ts';

export type Paper = 'letter' | 'a4' | 'slide'; // slide: a 16:9 page to project, in large type (style.ts)

/** A piece of text in one style. */
export interface Run {
  text: string;
  bold?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string } // kept with the block after it
  // small: in the small size (a caption); keepWithNext: a run-in title, kept with the block after it
  | { kind: 'paragraph'; runs: Run[]; small?: boolean; keepWithNext?: boolean }
  // small: in the small size (a list of sources); marker: drawn as a shape, an empty circle or square to mark
  | { kind: 'bullets'; items: Run[][]; small?: boolean; marker?: 'bullet' | 'circle' | 'square' }
  | { kind: 'numbered'; items: Run[][]; start?: number; small?: boolean }
  // widths are fractions of the column; the header repeats on every page the table spans. badges: a column whose
  // cells are drawn as model badges (cells[row]), its text kept for the column's width
  | {
      kind: 'table';
      columns: { header: string; width: number }[];
      rows: string[][];
      badges?: { column: number; cells: ModelBadge[][] };
    }
  | { kind: 'qr'; url: string; caption: string } // a QR code with its caption (and the address as text) beside it
  | { kind: 'map'; map: StateMap; width: number; caption?: string } // the region map; width is a fraction of the column
  // A bar chart, the number beside each bar. max: the value a full track stands for (default the largest value).
  // A row's bar is in its model's colour (design/palette.ts) when it counts one model, else in its series' colour
  // (to tell pre from post apart), else in the kit's accent.
  | {
      kind: 'bars';
      rows: { label: string; value: number; display: string; model?: Model; series?: number }[];
      caption?: string;
      max?: number;
    }
  | { kind: 'notice'; runs: Run[]; small?: boolean } // text in a ruled box: the disclaimer, the old-data warning
  // Blocks side by side, widths as fractions of the row (pdf/columns.ts): one piece, or zipped to run on over pages
  | { kind: 'columns'; columns: { width: number; blocks: Block[] }[]; gap?: number; zip?: boolean; rule?: boolean }
  // A rounded callout box with an icon at its left (pdf/callout.ts); tint: say (words to say), accent, warn, plain
  | { kind: 'box'; blocks: Block[]; icon?: IconName; tint?: 'say' | 'accent' | 'warn' | 'plain' }
  // the header band: white on the kit's navy; icon: a pictogram before the title (a slide's, in the slide PDF)
  | { kind: 'band'; title: string; subtitle?: string; icon?: IconName }
  | { kind: 'chips'; items: { label: string; color: Hex; runs: Run[] }[] } // a list with a coloured chip per item
  // The slide PDF's parts (pdf/slide-parts.ts): a panel in the accent colour filling the frame (the title slide, a
  // section divider); a row of cards, each a label over a large value, with model badges and a detail under it.
  | { kind: 'panel'; over?: string; title: string; subtitle?: string; lines: string[] }
  | { kind: 'cards'; cards: SlideCard[] }
  | { kind: 'spacer'; height: number } // points
  | { kind: 'keep'; blocks: Block[] } // kept on one page (a quiz question) unless taller than a page
  | { kind: 'page-break' };

/** A model's name on the model's colour (pdf/badges.ts). */
export interface ModelBadge {
  text: string;
  model: Model;
}

/** One card of a 'cards' block; badges name models, each on its model's colour; the icon sits at the top right. */
export interface SlideCard {
  label: string;
  value: string;
  detail?: string;
  badges?: ModelBadge[];
  icon?: IconName;
}

export interface DocumentSpec {
  paper: Paper;
  language: string; // BCP 47, for the PDF's /Lang
  title: string;
  subject: string;
  creator: string; // e.g. "287(g) Workshop Kit 0.1.0"
  date: string; // ISO date for the PDF's creation and modification dates (same input, same bytes)
  header: string | null; // small text at the top of every page
  footer: string; // small text at the bottom of every page, beside the page label
  pageLabel: (page: number, pages: number) => string; // "Page 1 of 2"
  dense?: boolean; // tighter spacing (same 10 pt minimum), for a handout that must fit two sides
}

/** Where a piece of text was drawn, in points from the page's bottom-left corner; for checks. */
export interface TextBox {
  page: number; // 1-based
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  size: number; // font size in points
}

/** A line of a document's text with characters that no font of the kit has, printed as U+FFFD. */
export interface UnprintedText {
  text: string; // the line as given (cleaned: NFC, plain spaces)
  characters: string[]; // the characters printed as U+FFFD, in order of first appearance
}

export interface RenderedPdf {
  bytes: Uint8Array;
  unprinted: UnprintedText[]; // empty when every character printed as itself
  pages: number;
  boxes: TextBox[];
  pageSize: { width: number; height: number };
  breaks?: number[]; // for each page-break block of the first flow, the page (1-based) where what follows it starts
  // What each page's column starts and ends with, for checking the typesetter's rules (renderPdf's documents: cards
  // are one frame a side and refuse what does not fit)
  layout?: FrameLayout[];
}

/**
 * What an atom of a flow is, for checks: a heading line; line `line` of `lines` (0-based) of a paragraph, of item
 * `item` of a list, or of a notice; row `row` of `rows` of a table (its header row: 'header'); or a piece that is
 * none of these (a QR code, a map, a bar, a box).
 */
export type PieceRole =
  | { kind: 'heading' }
  | { kind: 'line'; item: number; line: number; lines: number }
  | { kind: 'header' }
  | { kind: 'row'; row: number; rows: number }
  | { kind: 'piece' };

/** A piece's role and the block it belongs to: the flow's blocks numbered from 0, those in a keep block too. */
export type AtomRole = PieceRole & { block: number };

/**
 * One frame as laid out: the page (1-based) and flow (0: the left or only column) it fills, the first and last atom
 * placed in it (null when empty; a repeated table header is not counted), and why it ended: 'full' when the next atom
 * did not fit (where the rules about breaks apply), 'break' at a page-break block, 'end' at the end of the flow.
 */
export interface FrameLayout {
  page: number;
  flow: number;
  first: AtomRole | null;
  last: AtomRole | null;
  end: 'full' | 'break' | 'end';
}

/** A line of a wallet card: an icon (design/icons.ts) and the words beside it. */
export interface CardLine {
  icon: IconName;
  text: string;
}

/**
 * One side of a wallet card, top to bottom: a band in the card's colour with the organization's name, a title (none:
 * the lines speak for themselves), the lines beside their icons, and the contact in large type.
 */
export interface CardFace {
  band: string;
  title: string | null;
  lines: CardLine[];
  contact: { label: string; number: string } | null;
  // Where each part comes from, for the message when a side does not fit: the card ("The rights card (es)"), the
  // config fields of the band and the contact ("organization.name"), and the text's keys and file.
  from: { card: string; band: string; contact: string; text: string };
}

/** One wallet card: its colour (frame, band, title and icons; white text on it), and its two sides. */
export interface Card {
  color: Hex;
  front: CardFace;
  back: CardFace;
}
