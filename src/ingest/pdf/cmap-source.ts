/**
 * Where pdf.js gets predefined CMaps (UniGB-UCS2-H, Adobe-GB1-UCS2 …) from.
 * PDFs whose Chinese font is not embedded only yield text when these load.
 */
export interface CMapSource {
  /** The packed (.bcmap) bytes of the named CMap, or undefined when this source lacks it. */
  load(name: string): Promise<Uint8Array | undefined>;
}

/** CMaps of the Adobe-GB1 (simplified Chinese) collection: the only ones bundled for the Worker. */
export const GB1_CMAP_PATTERN = /^(?:UniGB-|GBK|GBpc-|GBT|GB-|Adobe-GB1-)/;

/** A CMapSource over an in-memory table (bundled Data modules, tests). */
export function tableCMapSource(table: Readonly<Record<string, ArrayBuffer | Uint8Array>>): CMapSource {
  return {
    async load(name) {
      const data = Object.hasOwn(table, name) ? table[name] : undefined;
      if (data === undefined) return undefined;
      return data instanceof Uint8Array ? data : new Uint8Array(data);
    },
  };
}
