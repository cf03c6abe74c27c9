import { parseArgs } from 'node:util';
import { JixiaoError } from '../errors';

export interface CliArgs {
  command: string | undefined;
  files: string[];
  against: string[];
  format: 'text' | 'json';
  outline: boolean;
  corpus: boolean;
  /** check: also compare every given report with every other. */
  againstEachOther: boolean;
  figures: string | undefined;
  /** draft: the request file, the provider, and where to write a .docx. */
  input: string | undefined;
  provider: string | undefined;
  docx: string | undefined;
  /** check: write the report with each finding as a Word comment to this .docx. */
  annotate: string | undefined;
  /** check: reuse and keep results in the check cache (--no-cache: off). */
  cache: boolean;
  /** corpus add: display name, department and year overriding what ingestion found. */
  name: string | undefined;
  department: string | undefined;
  year: string | undefined;
  help: boolean;
}

/**
 * Parses the command line. `--against` takes every following argument up to
 * the next option, so `--against a.pdf b.pdf` and repeated `--against` both work.
 */
export function parseCliArgs(argv: string[]): CliArgs {
  const against: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--against') {
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('-')) against.push(argv[++i]!);
    } else rest.push(argv[i]!);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        outline: { type: 'boolean', default: false },
        corpus: { type: 'boolean', default: false },
        'against-each-other': { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        figures: { type: 'string' },
        input: { type: 'string' },
        provider: { type: 'string' },
        docx: { type: 'string' },
        annotate: { type: 'string' },
        name: { type: 'string' },
        department: { type: 'string' },
        year: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw new JixiaoError('USAGE', `命令用法不正确：${err instanceof Error ? err.message : String(err)}。运行 jixiao --help 查看用法。`);
  }
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') {
    throw new JixiaoError('USAGE', `--format 只能是 text 或 json（收到：${values.format}）。`);
  }
  const [command, ...files] = positionals;
  return {
    command,
    files,
    against,
    format: values.format,
    outline: values.outline,
    corpus: values.corpus,
    againstEachOther: values['against-each-other'],
    cache: !values['no-cache'],
    figures: values.figures,
    input: values.input,
    provider: values.provider,
    docx: values.docx,
    annotate: values.annotate,
    name: values.name,
    department: values.department,
    year: values.year,
    help: values.help,
  };
}

/** Format requested, read leniently so an error before parsing still honours --format json. */
export function requestedFormat(argv: string[]): 'text' | 'json' {
  const i = argv.findIndex((a) => a === '--format' || a.startsWith('--format='));
  if (i < 0) return 'text';
  const v = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v === 'json' ? 'json' : 'text';
}
