// Atoms are the unbreakable pieces of a flow (a line of text, a table row, a QR code); paginate() fills column-high
// frames with them, keeping headings with what follows and repeating table headers on each page a table spans.

import { moveOps, type Op } from './ops.ts';

export interface Atom {
  height: number; // points
  spaceBefore: number; // points above it, dropped at the top of a frame
  keepWithNext: boolean; // moves to the next frame with the atom after it rather than end a frame alone
  ops: Op[]; // relative to the atom's top-left corner
  repeat?: Atom; // drawn first when this atom opens a frame: the header row of the table it belongs to
  breakBefore?: boolean; // a page break: ends the frame unless it is empty
  discardable?: boolean; // a spacer: vanishes at the top of a frame and where a frame ends
}

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

/** paginate(), also telling for each page break the frame (0-based) where what follows it starts. */
export function paginateFlow(atoms: readonly Atom[], frameHeight: number): { frames: Op[][]; breaks: number[] } {
  const frames: Op[][] = [[]];
  const breaks: number[] = [];
  let y = 0;
  let empty = true;
  const open = () => {
    frames.push([]);
    y = 0;
    empty = true;
  };
  const place = (atom: Atom) => {
    const frame = frames[frames.length - 1]!;
    // not a spread: an atom may hold more ops than a call takes arguments
    for (const op of moveOps(atom.ops, 0, y)) frame.push(op);
    y += atom.height;
    empty = false;
  };
  const tolerance = 1e-6;

  for (let index = 0; index < atoms.length; index++) {
    const atom = atoms[index]!;
    if (atom.breakBefore) {
      if (!empty) open();
      breaks.push(frames.length - 1);
      continue;
    }
    if (atom.discardable) {
      if (empty) continue;
      if (y + atom.height > frameHeight + tolerance) open();
      else y += atom.height;
      continue;
    }
    if (openingHeight(atom) > frameHeight + tolerance) {
      throw new Error(
        `paginate: a piece ${openingHeight(atom).toFixed(1)} pt high cannot fit a ${frameHeight.toFixed(1)} pt frame`,
      );
    }
    // The atom and those it keeps with, as far as they could share one frame.
    let chain = atom.height;
    for (let next = index; atoms[next]?.keepWithNext; next++) {
      const follower = atoms[next + 1];
      if (!follower || follower.breakBefore) break;
      if (follower.discardable) continue;
      const longer = chain + follower.spaceBefore + follower.height;
      if (longer > frameHeight) break;
      chain = longer;
    }
    const space = empty ? 0 : atom.spaceBefore;
    if (!empty && y + space + chain > frameHeight + tolerance) open();
    if (empty && atom.repeat) place(atom.repeat);
    else y += empty ? 0 : space;
    place(atom);
  }
  return { frames, breaks };
}
