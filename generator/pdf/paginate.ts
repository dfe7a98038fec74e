// Atoms are the unbreakable pieces of a flow (a line of text, a table row, a QR code); paginate() fills column-high
// frames with them, keeping headings with what follows, keep groups whole, and repeating table headers on each page a
// table spans. The blocks decide the rules (which atom keeps with the next); this module only obeys them.

import { moveOps, type Op } from './ops.ts';
import type { AtomRole, PieceRole } from './types.ts';

export interface Atom {
  height: number; // points
  spaceBefore: number; // points above it, dropped at the top of a frame
  keepWithNext: boolean; // moves to the next frame with the atom after it rather than end a frame alone
  ops: Op[]; // relative to the atom's top-left corner
  repeat?: Atom; // drawn first when this atom opens a frame: the header row of the table it belongs to
  breakBefore?: boolean; // a page break: ends the frame unless it is empty
  discardable?: boolean; // a spacer: vanishes at the top of a frame and where a frame ends
  keep?: number; // atoms with the same keep number (and next to each other) share a frame when they fit one
  role?: PieceRole; // what the atom is, for checks
  block?: number; // the block of the flow it comes from (blocks.ts sets it)
}

/** A flow laid out: each frame's ops (from its top-left corner), where page breaks took it, what each frame holds. */
export interface PaginatedFlow {
  frames: Op[][];
  breaks: number[]; // for each page break, the frame (0-based) where what follows it starts
  placed: { first: AtomRole | null; last: AtomRole | null; end: 'full' | 'break' | 'end' }[]; // one per frame
}

const TOLERANCE = 1e-6;

/** Height an atom needs when it opens a frame. */
function openingHeight(atom: Atom): number {
  return atom.height + (atom.repeat ? atom.repeat.height : 0);
}

/**
 * Lays `atoms` into frames `frameHeight` points high; returns each frame's ops relative to its top-left corner.
 * Throws when an atom is taller than a frame: layout splits rows and boxes to fit, so that is a bug, never clipped.
 */
export function paginate(atoms: readonly Atom[], frameHeight: number): Op[][] {
  return paginateFlow(atoms, frameHeight).frames;
}

/**
 * Height from the top of `atoms[index]`, the first of a keep group, to the bottom of the group and of what its last
 * atom keeps with. A group taller than a frame is laid out by its atoms' own rules: then only what the first atom
 * keeps with counts.
 */
function groupHeight(atoms: readonly Atom[], index: number, frameHeight: number): number {
  const end = lastOfGroup(atoms, index);
  let height = atoms[index]!.height;
  for (let next = index + 1; next <= end; next++) height += addedHeight(atoms[next]!);
  if (height > frameHeight + TOLERANCE) return keptHeight(atoms, index, atoms[index]!.height, frameHeight);
  return keptHeight(atoms, end, height, frameHeight);
}

/**
 * `base` plus the height of the atoms after `atoms[from]` that it keeps with (keepWithNext, through spacers), as far
 * as they fit one frame together.
 */
function keptHeight(atoms: readonly Atom[], from: number, base: number, frameHeight: number): number {
  let height = base;
  for (let next = from; atoms[next]?.keepWithNext || atoms[next]?.discardable; next++) {
    const follower = atoms[next + 1];
    if (!follower || follower.breakBefore) break;
    const longer = height + addedHeight(follower);
    if (longer > frameHeight + TOLERANCE) break;
    height = longer;
  }
  return height;
}

/** What an atom adds below the one before it in a frame. */
const addedHeight = (atom: Atom): number => (atom.discardable ? atom.height : atom.spaceBefore + atom.height);

/** Index of the last atom of the keep group `atoms[index]` belongs to (spacers inside it included). */
function lastOfGroup(atoms: readonly Atom[], index: number): number {
  const group = atoms[index]!.keep;
  let last = index;
  for (let next = index + 1; next < atoms.length; next++) {
    const atom = atoms[next]!;
    if (atom.breakBefore) break;
    if (atom.keep === group) last = next;
    else if (!atom.discardable) break;
  }
  return last;
}

/** paginate(), also telling where each page break took the flow and what each frame starts and ends with. */
export function paginateFlow(atoms: readonly Atom[], frameHeight: number): PaginatedFlow {
  const frames: Op[][] = [[]];
  const breaks: number[] = [];
  const placed: PaginatedFlow['placed'] = [{ first: null, last: null, end: 'end' }];
  let y = 0;
  let empty = true;
  const open = (end: 'full' | 'break') => {
    placed[placed.length - 1]!.end = end;
    frames.push([]);
    placed.push({ first: null, last: null, end: 'end' });
    y = 0;
    empty = true;
  };
  const draw = (atom: Atom) => {
    const frame = frames[frames.length - 1]!;
    // not a spread: an atom may hold more ops than a call takes arguments
    for (const op of moveOps(atom.ops, 0, y)) frame.push(op);
    y += atom.height;
    empty = false;
  };
  const place = (atom: Atom, opening: boolean) => {
    const record = placed[placed.length - 1]!;
    const role = atom.role ? { ...atom.role, block: atom.block ?? 0 } : null;
    if (opening) record.first = role;
    record.last = role;
    draw(atom);
  };

  for (let index = 0; index < atoms.length; index++) {
    const atom = atoms[index]!;
    if (atom.breakBefore) {
      if (!empty) open('break');
      breaks.push(frames.length - 1);
      continue;
    }
    if (atom.discardable) {
      if (empty) continue;
      if (y + atom.height > frameHeight + TOLERANCE) open('full');
      else y += atom.height;
      continue;
    }
    if (openingHeight(atom) > frameHeight + TOLERANCE) {
      throw new Error(
        `paginate: a piece ${openingHeight(atom).toFixed(1)} pt high cannot fit a ${frameHeight.toFixed(1)} pt frame`,
      );
    }
    // A keep group is measured from its first atom; inside it, each atom keeps only with what it keeps with.
    const opensGroup = atom.keep !== undefined && previousKeep(atoms, index) !== atom.keep;
    const chain = opensGroup
      ? groupHeight(atoms, index, frameHeight)
      : keptHeight(atoms, index, atom.height, frameHeight);
    const space = empty ? 0 : atom.spaceBefore;
    if (!empty && y + space + chain > frameHeight + TOLERANCE) open('full');
    const opening = empty;
    if (opening && atom.repeat) draw(atom.repeat);
    else y += opening ? 0 : space;
    place(atom, opening);
  }
  return { frames, breaks, placed };
}

/** The keep group of the atom before `atoms[index]`, spacers skipped. */
function previousKeep(atoms: readonly Atom[], index: number): number | undefined {
  for (let back = index - 1; back >= 0; back--) {
    const atom = atoms[back]!;
    if (atom.breakBefore) return undefined;
    if (!atom.discardable) return atom.keep;
  }
  return undefined;
}
