import { fmix32, fnv1a32 } from '../../similarity';

/**
 * One of several equivalent phrasings, chosen by the department and year: the same data always
 * gives the same text, while two departments' drafts do not read as one template with new figures.
 */
export function pick(seed: string, key: string, options: readonly string[]): string {
  return options[fmix32(fnv1a32(`${seed}|${key}`)) % options.length]!;
}
