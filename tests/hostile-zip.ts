// Zips that lie, for the tests of the workbook limits shared by the ICE import and the scorer.

/** Overwrites every uncompressed size in the zip's local headers and directory with `size` (a lying zip). */
export function understateSizes(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  for (let offset = 0; offset + 4 <= out.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) view.setUint32(offset + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(offset + 24, size, true);
  }
  return out;
}
