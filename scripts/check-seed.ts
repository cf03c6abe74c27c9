// Runs `check` on files and prints findings compactly (development aid).
import { run } from '../src/cli/main';
await run(['check', ...process.argv.slice(2)], { out: (s) => console.log(s), err: (s) => console.error(s) });
