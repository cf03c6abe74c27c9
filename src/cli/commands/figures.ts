import { JixiaoError } from '../../errors';
import type { Figures } from '../../model/figures';
import { figuresProblems, validateFigures } from '../../core/figures';
import type { CliArgs } from '../args';
import { formatFiguresProblems } from '../format-figures';
import { EXIT, type Io } from '../io';
import { readLocalFile } from '../node-ingest';

/** Reads and validates a figures JSON file; INVALID_FIGURES names each bad field. */
export async function readFiguresFile(path: string): Promise<Figures> {
  const text = new TextDecoder().decode(await readLocalFile(path)).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new JixiaoError('INVALID_FIGURES', `数据（figures）格式不正确：${path} 不是有效的 JSON。`);
  }
  return validateFigures(json);
}

/**
 * jixiao figures <figures.json>: validate a figures file — its format, then its own
 * arithmetic (parts against totals, rates, score against rating). Exit 1 on an error.
 */
export async function figuresCommand(args: CliArgs, io: Io): Promise<number> {
  if (args.files.length !== 1) throw new JixiaoError('USAGE', 'jixiao figures 需要且只需要一个文件参数。');
  const file = args.files[0]!;
  const figures = await readFiguresFile(file);
  const problems = figuresProblems(figures);
  io.out(args.format === 'json' ? JSON.stringify({ figures, problems }) : `数据格式校验通过。\n${formatFiguresProblems(file, problems)}`);
  return problems.some((p) => p.severity === 'error') ? EXIT.FINDINGS : EXIT.OK;
}
