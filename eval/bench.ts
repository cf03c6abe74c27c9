// `npm run bench`: timings of the checks (medians, with a baseline in the same run).
import { benchCli } from './cli-bench';
import { benchDuplicates } from './duplicates/bench';
import { benchHostile } from './hostile/bench';
import { benchNumbers } from './numbers/bench';

const benches: Array<[string, () => Promise<string>]> = [
  ['重复检查', benchDuplicates],
  ['数字核对', benchNumbers],
  ['命令行（整个进程，对照 jscpd）', () => benchCli()],
  ['恶意与超大输入', () => benchHostile()],
];

for (const [name, run] of benches) {
  console.log(`\n## ${name}\n`);
  console.log(await run());
}
