import type { z } from 'zod';

const TYPE_NAMES: Record<string, string> = { string: '文本', number: '数字', object: '对象（{…}）', array: '列表（[…]）', boolean: '是/否' };

/** A zod issue in Chinese, for the per-field errors of figures and draft requests. */
export function chineseIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_type':
      return issue.input === undefined ? '缺少此项' : `类型不对：应为${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_union':
      return issue.input === undefined ? '缺少此项' : '类型不对：应为数字（如 3363.37）或文本';
    case 'invalid_value':
      return `取值不对：只能是 ${issue.values.map(String).join('、')}`;
    case 'unrecognized_keys':
      return `有无法识别的字段：${issue.keys.join('、')}`;
    case 'too_small':
      return issue.origin === 'string' ? '不能为空' : issue.origin === 'array' ? `至少需要 ${String(issue.minimum)} 项` : `不能小于 ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'string' ? `不能超过 ${String(issue.maximum)} 个字` : issue.origin === 'array' ? `最多 ${String(issue.maximum)} 项` : `不能大于 ${String(issue.maximum)}`;
    default:
      return '格式不正确';
  }
}
