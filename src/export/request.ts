import { z } from 'zod';
import { SECTION_KINDS } from '../draft/sections';

/**
 * What /v1/export/docx lays out: a title and sections. The response of /v1/draft can be
 * posted as it is (its other fields are ignored).
 */
export const ExportRequest = z
  .object({
    title: z.string().trim().min(1).max(200).default('部门整体支出绩效自评报告').describe('报告标题'),
    sections: z
      .array(
        z.object({
          kind: z.enum(SECTION_KINDS).optional().describe('章节类型；全部给出时按常用模板编号（一、基本情况 /（一）…）'),
          title: z.string().trim().min(1).max(100).describe('章节标题'),
          text: z.string().max(50_000).describe('正文，段落之间换行'),
        }),
      )
      .min(1)
      .max(30)
      .describe('各章节'),
  })
  .describe('导出请求');
export type ExportRequest = z.output<typeof ExportRequest>;
