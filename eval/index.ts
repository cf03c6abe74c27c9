// `npm run eval`: every evaluation suite, one table each.
import { runDevsetEval } from './devset/run';
import { runDraftEval } from './draft/run';
import { runDuplicatesEval } from './duplicates/run';
import { runNumbersEval } from './numbers/run';

const suites: Array<[string, () => Promise<string>]> = [
  ['重复检查', runDuplicatesEval],
  ['数字核对', runNumbersEval],
  ['数字核对：开发集（../shared/devset）', () => runDevsetEval()],
  ['起草', runDraftEval],
];

for (const [name, run] of suites) {
  console.log(`\n## ${name}\n`);
  console.log(await run());
}
