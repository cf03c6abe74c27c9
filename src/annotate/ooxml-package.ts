import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { JixiaoError } from '../errors';

/**
 * A .docx as its parts, in the archive's order. Parts are read and written as bytes: only the
 * parts a caller replaces change; every other part is written back byte for byte.
 */
export class OoxmlPackage {
  private constructor(private readonly parts: Map<string, Uint8Array>) {}

  static read(bytes: Uint8Array): OoxmlPackage {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes);
    } catch {
      throw new JixiaoError('DOCX_CORRUPT');
    }
    return new OoxmlPackage(new Map(Object.entries(files)));
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  text(name: string): string | undefined {
    const b = this.parts.get(name);
    return b === undefined ? undefined : strFromU8(b);
  }

  setText(name: string, text: string): void {
    this.parts.set(name, strToU8(text));
  }

  /** The archive; entry dates are pinned so the same input always gives the same bytes. */
  write(): Uint8Array {
    const z: Zippable = {};
    for (const [name, data] of this.parts) z[name] = [data, { level: name.endsWith('.xml') || name.endsWith('.rels') ? 6 : 0 }];
    return zipSync(z, { mtime: new Date(Date.UTC(1980, 0, 1)) });
  }
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

const REL = /<Relationship\b([^>]*?)\/?>/g;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attrs)?.[1];

/** The relationships of a .rels part. */
export function readRelationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const m of xml.matchAll(REL)) {
    const a = m[1]!;
    const id = attr(a, 'Id');
    const type = attr(a, 'Type');
    const target = attr(a, 'Target');
    if (id && type && target) out.push({ id, type, target });
  }
  return out;
}

/** The .rels part that belongs to a part: word/document.xml → word/_rels/document.xml.rels. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = part
    .slice(0, part.lastIndexOf('/') + 1)
    .split('/')
    .filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') base.pop();
    else if (seg !== '.' && seg !== '') base.push(seg);
  }
  return base.join('/');
}

/** Appends a relationship to a .rels document with a fresh id; returns the new XML and the id. */
export function addRelationship(xml: string, type: string, target: string): { xml: string; id: string } {
  const ids = new Set(readRelationships(xml).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const el = `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`;
  return { xml: insertBeforeClose(xml, 'Relationships', el), id };
}

/** Adds an Override for a part to [Content_Types].xml unless one is there. */
export function addOverride(xml: string, partName: string, contentType: string): string {
  if (new RegExp(`PartName\\s*=\\s*"${partName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'i').test(xml)) return xml;
  return insertBeforeClose(xml, 'Types', `<Override PartName="${partName}" ContentType="${contentType}"/>`);
}

/** Inserts `el` as the last child of the root element `name` (with or without a prefix). */
export function insertBeforeClose(xml: string, name: string, el: string): string {
  const close = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>\\s*$`).exec(xml);
  if (close) return xml.slice(0, close.index) + el + xml.slice(close.index);
  const self = new RegExp(`<((?:[\\w.-]+:)?${name})\\b([^>]*?)\\s*/>\\s*$`).exec(xml);
  if (self) return `${xml.slice(0, self.index)}<${self[1]}${self[2]}>${el}</${self[1]}>`;
  throw new JixiaoError('DOCX_CORRUPT');
}
