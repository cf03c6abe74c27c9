// Test helper: the entries of a .docx as text, through the project's one test zip reader.
import { unzip } from '../../test/zip';

/** Every file of a zip archive as text, by path. */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of unzip(Buffer.from(bytes))) out[name] = data.toString('utf8');
  return out;
}
