// Prints the planted copies the repetition rules miss (development aid for the eval).
import { checkDocument } from '../src/check/check-document';
import { ingestText } from '../src/ingest/ingest';
import { DUPLICATE_RULES } from '../src/rules/duplicate';
import { cleanReport, uniqueSentences } from '../eval/duplicates/corpus-texts';
import { inject, type InjectionKind } from '../eval/duplicates/inject';
const kind = (process.argv[2] ?? 'partial') as InjectionKind;
const sentences = uniqueSentences().filter((_, i) => i % 2 === 0);
for (let v = 0; v < 40; v++) {
  const inj = inject(kind, cleanReport(sentences, 4000, 1000 + v), 77 + v * 13);
  const doc = await ingestText(inj.text);
  const { findings } = await checkDocument({ doc, rules: DUPLICATE_RULES });
  if (findings.length === 0) console.log(v, '\n  SRC ', inj.text.slice(inj.source.start, inj.source.end), '\n  COPY', inj.text.slice(inj.copy.start, inj.copy.end));
}
