// Compares block texts of a seed across formats.
import { ingestFile } from '../src/cli/node-ingest';
const [id, a = 'txt', b = 'docx'] = process.argv.slice(2);
const texts = async (f: string) => {
  const d = await ingestFile(`fixtures/seeds/${id}.${f}`);
  return d.blocks.map((x) => `${x.kind[0]} ${d.text.slice(x.span.start, x.span.end)}`);
};
const A = await texts(a),
  B = await texts(b);
console.log(a, A.length, b, B.length);
let shown = 0;
for (let i = 0; i < Math.max(A.length, B.length) && shown < 8; i++)
  if (A[i] !== B[i]) {
    console.log(i, '\n  ' + a + ': ' + A[i]?.slice(0, 150) + '\n  ' + b + ': ' + B[i]?.slice(0, 150));
    shown++;
  }
