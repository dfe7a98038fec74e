// Types for subset-font 2.x (HarfBuzz hb-subset compiled to wasm), which ships none.

declare module 'subset-font' {
  interface SubsetFontOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    preserveNameIds?: number[];
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
    glyphNames?: boolean;
    noHinting?: boolean;
    dropTables?: string[];
    keepAllGlyphs?: boolean;
  }
  export default function subsetFont(
    font: Uint8Array | Buffer,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
