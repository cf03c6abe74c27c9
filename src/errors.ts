import { LIMIT_ERRORS, LIMITS } from './limits';

/** Stable error codes, each with its HTTP status and Chinese message (the limits' codes come from limits.ts). */
export const ERRORS = {
  ...LIMIT_ERRORS,
  EMPTY_FILE: { status: 400, message: '文件为空：请上传包含报告内容的文件。' },
  UNSUPPORTED_TYPE: {
    status: 415,
    message: '不支持的文件类型：请上传 PDF、Word（.docx 或 .doc）或纯文本（.txt）文件。',
  },
  PDF_ENCRYPTED: { status: 422, message: 'PDF 文件已加密或设有打开密码：请先解除密码保护后再上传。' },
  PDF_CORRUPT: { status: 422, message: 'PDF 文件已损坏或不完整，无法读取：请重新导出或重新下载后再上传。' },
  PDF_NO_TEXT: {
    status: 422,
    message: 'PDF 中没有可提取的文字（可能是扫描件或图片）：扫描件需要先做文字识别（OCR），再上传识别后的文件。',
  },
  DOCX_CORRUPT: { status: 422, message: 'Word 文件已损坏或不是有效的 .docx 文件：请在 Word 中重新保存后再上传。' },
  DOC_ENCRYPTED: { status: 422, message: 'Word 文件（.doc）已加密或设有打开密码：请在 Word 或 WPS 中取消密码后再上传。' },
  DOC_CORRUPT: { status: 422, message: 'Word 文件（.doc）已损坏或不完整，无法读取：请在 Word 或 WPS 中打开后另存为 .docx 再上传。' },
  TEXT_DECODE_FAILED: { status: 422, message: '无法识别文本文件的编码：请另存为 UTF-8 或 GB18030（GBK）编码后再上传。' },
  INVALID_FIGURES: { status: 400, message: '数据（figures）格式不正确。' },
  INVALID_REQUEST: { status: 400, message: '请求格式不正确。' },
  INVALID_DRAFT_REQUEST: { status: 400, message: '起草请求格式不正确。' },
  LLM_NOT_CONFIGURED: {
    status: 400,
    message: '未配置大模型：请设置 JIXIAO_MODEL，以及 OPENAI_API_KEY 或 OPENAI_BASE_URL（本地 vLLM、Ollama 只需地址）；不指定模型时可用内置模板起草（provider 取 template）。',
  },
  INVALID_EXPORT_REQUEST: { status: 400, message: '导出请求格式不正确：需要 {"sections": [{"title", "text"}]}。' },
  MALFORMED_MULTIPART: {
    status: 400,
    message: '上传的表单（multipart/form-data）格式有误或缺少 file 字段：请用 file 字段上传一个文件。',
  },
  NOT_FOUND: { status: 404, message: '请求的地址不存在。' },
  FILE_NOT_FOUND: { status: 404, message: '找不到文件。' },
  USAGE: { status: 400, message: '命令用法不正确：运行 jixiao --help 查看用法。' },
  UNAUTHORIZED: {
    status: 401,
    message: '未授权：添加或删除语料库报告需要访问令牌，请在请求头中提供 Authorization: Bearer <令牌>。',
  },
  CORPUS_WRITE_DISABLED: {
    status: 403,
    message: '语料库写入未启用：服务没有配置访问令牌（CORPUS_TOKEN），不接受添加或删除报告。请管理员配置 CORPUS_TOKEN 后再试；查询语料库不受影响。',
  },
  CORPUS_NOT_FOUND: { status: 404, message: '语料库中没有这份报告：请核对报告编号（用 jixiao corpus list 或 GET /v1/corpus 查看）。' },
  CORPUS_NOT_READY: {
    status: 503,
    message: '语料库尚未初始化（数据库缺少语料库数据表）：本地请先运行 npm run db:migrate，线上请先执行 wrangler d1 migrations apply。',
  },
  INTERNAL: { status: 500, message: '服务内部错误，请稍后重试；如持续出现，请联系管理员。' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** A user-facing failure with a stable English code and a Chinese message. */
export class JixiaoError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERRORS[code].message);
    this.name = 'JixiaoError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

/** The single error envelope used by the API and by `--format json` in the CLI. */
export function errorEnvelope(err: JixiaoError) {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.details !== undefined ? { details: err.details } : {}),
    },
  };
}

export const MAX_FILE_BYTES = LIMITS.fileBytes;
export const MAX_PDF_PAGES = LIMITS.pdfPages;
