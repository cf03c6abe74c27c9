import { run } from './main';

// stdout gets exactly what the command prints (one JSON document with --format json).
const code = await run(process.argv.slice(2), {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
});
process.exitCode = code;
