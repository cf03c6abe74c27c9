import { createApp } from './app';
import { workerCMapSource } from './ingest/pdf/cmaps-worker';
import { extractPdf } from './ingest/pdf/extract-pdf';

// The Worker: PDF CMaps come from modules bundled into the script.
export default createApp({ extractPdf: (bytes) => extractPdf(bytes, { cmaps: workerCMapSource }) });
