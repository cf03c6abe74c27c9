// Prints the raw blocks the PDF extractor gives for a file.
import { readFileSync } from 'node:fs';
import { nodeCMapSource } from '../src/ingest/pdf/cmaps-node';
import { extractPdf } from '../src/ingest/pdf/extract-pdf';
const raw = await extractPdf(new Uint8Array(readFileSync(process.argv[2]!)), { cmaps: nodeCMapSource() });
for (const b of raw.blocks) console.log(b.page, b.kind ?? '', b.continues ?? '', JSON.stringify(b.text).slice(0, 140));
