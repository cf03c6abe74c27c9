// `npm run bench`: timings of the checks (medians, with a baseline in the same run).
import { benchDuplicates } from './duplicates/bench';
import { benchNumbers } from './numbers/bench';

const benches: Array<[string, () => Promise<string>]> = [
  ['重复检查', benchDuplicates],
  ['数字核对', benchNumbers],
];

for (const [name, run] of benches) {
  console.log(`\n## ${name}\n`);
  console.log(await run());
}
