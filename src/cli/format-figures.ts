import type { FiguresProblem } from '../domain';

const SEVERITY = { error: '错误', warning: '警告' } as const;

/** The figures file's own problems as terminal lines. */
export function formatFiguresProblems(file: string, problems: FiguresProblem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const head = `${file}：数据文件自身核对，${errors} 个错误，${problems.length - errors} 个警告`;
  if (problems.length === 0) return `${head}\n  各项合计、比率与评级一致。\n`;
  return [head, ...problems.map((p) => `  [${SEVERITY[p.severity]}] ${p.field}（${p.path}）：${p.message}`), ''].join('\n');
}
