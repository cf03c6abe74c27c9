// `npm run eval`: every evaluation suite, one table each.
import { runDuplicatesEval } from './duplicates/run';

const suites: Array<[string, () => Promise<string>]> = [['重复检查', runDuplicatesEval]];

for (const [name, run] of suites) {
  console.log(`\n## ${name}\n`);
  console.log(await run());
}
