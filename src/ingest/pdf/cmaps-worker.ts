import { tableCMapSource, type CMapSource } from './cmap-source';
import { GB1_CMAPS } from './cmaps-gb1.generated';

export type { CMapSource } from './cmap-source';

/** Worker: the Adobe-GB1 CMaps bundled as Data modules (no file system needed). */
export const workerCMapSource: CMapSource = tableCMapSource(GB1_CMAPS);
