import { z } from 'zod';

/** What the model must return for a section: one entry per slot it wrote. Unknown keys are dropped. */
export const ModelOutput = z
  .object({
    paragraphs: z
      .array(
        z.object({
          slot: z.string().min(1).describe('段落编号，取自请求中的 slot'),
          text: z.string().describe('段落正文，数字用 {事实编号} 引用'),
        }),
      )
      .min(1)
      .describe('各段落'),
  })
  .describe('一节的段落');
export type ModelOutput = z.infer<typeof ModelOutput>;

/** Why a raw answer is not a ModelOutput, in words a repair prompt can quote (Chinese). */
export function whyInvalid(raw: string): string {
  if (raw.trim() === '') return '输出为空';
  let json: unknown;
  try {
    json = JSON.parse(raw.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return '输出不是有效的 JSON';
  }
  const r = ModelOutput.safeParse(json);
  if (r.success) return '输出格式不符合要求';
  return `JSON 结构不符合要求：${r.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '根'} ${i.message}`)
    .join('；')}`;
}
