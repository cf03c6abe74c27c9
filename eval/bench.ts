// `npm run bench`: timings of the checks (medians, with a baseline in the same run).
import { benchDuplicates } from './duplicates/bench';

const benches: Array<[string, () => Promise<string>]> = [['重复检查', benchDuplicates]];

for (const [name, run] of benches) {
  console.log(`\n## ${name}\n`);
  console.log(await run());
}
