// Compares the parser's outline of each seed (txt/docx/pdf) with the hand-written one.
import { readFileSync } from 'node:fs';
import { ingestFile } from '../src/cli/node-ingest';
type OutlineNode = { level: number; title: string; children: OutlineNode[] };
const flat = (l: OutlineNode[], out: Array<{ level: number; title: string }> = []) => {
  for (const s of l) {
    out.push({ level: s.level, title: s.title });
    flat(s.children, out);
  }
  return out;
};
for (const id of ['000', '001', '002', '003', '004']) {
  const want = JSON.parse(readFileSync(`fixtures/seeds/${id}.outline.json`, 'utf8'));
  for (const fmt of (process.argv[2] ?? 'txt,docx,pdf').split(',')) {
    try {
      const got = flat((await ingestFile(`fixtures/seeds/${id}.${fmt}`)).sections);
      const a = JSON.stringify(want),
        b = JSON.stringify(got);
      if (a === b) {
        console.log(id, fmt, 'OK', got.length);
        continue;
      }
      console.log(id, fmt, 'DIFF', want.length, got.length);
      const n = Math.max(want.length, got.length);
      for (let i = 0; i < n; i++) if (JSON.stringify(want[i]) !== JSON.stringify(got[i])) console.log('   want', JSON.stringify(want[i]), '\n   got ', JSON.stringify(got[i]));
    } catch (e) {
      console.log(id, fmt, 'ERROR', String(e).slice(0, 200));
    }
  }
}
