import type { FailureKind } from './provider';
import type { FallbackReason, SectionOutcome } from './run-section';
import { SECTION_TITLES, type SectionKind } from './sections';

/** Something the user should know about how the draft was made; never an error. */
export interface DraftNote {
  code: string;
  message: string;
  sections?: SectionKind[];
}

const FAILURE: Record<FailureKind, [string, string]> = {
  rate_limit: ['LLM_RATE_LIMITED', '模型服务限流（HTTP 429），重试后仍未成功'],
  auth: ['LLM_AUTH_FAILED', '模型服务拒绝了访问（密钥无效或无权限），请检查 OPENAI_API_KEY'],
  timeout: ['LLM_TIMEOUT', '模型服务响应超时'],
  server: ['LLM_SERVER_ERROR', '模型服务出错（HTTP 5xx），重试后仍未成功'],
  network: ['LLM_NETWORK_ERROR', '无法连接模型服务，请检查 OPENAI_BASE_URL 和网络'],
  bad_request: ['LLM_BAD_REQUEST', '模型服务不接受请求（请检查 JIXIAO_MODEL 与结构化输出方式 JIXIAO_LLM_METHOD）'],
  malformed: ['LLM_MALFORMED_OUTPUT', '模型输出不是符合格式的 JSON，修正一次后仍不合格'],
  empty: ['LLM_EMPTY_OUTPUT', '模型返回了空内容'],
  unavailable: ['LLM_UNAVAILABLE', '模型服务此前已失败，本次不再调用'],
};

const FAILURE_CODES = new Set(Object.values(FAILURE).map(([code]) => code));

const FALLBACK: Record<Exclude<FallbackReason, 'failure'>, [string, string]> = {
  missing: ['LLM_MISSING_PARAGRAPHS', '模型漏写了部分段落，已用模板补齐'],
  ungrounded: ['LLM_UNGROUNDED_FALLBACK', '模型写出了数据中没有的数字，修正一次后仍有误，相应段落已改用模板'],
  register: ['LLM_REGISTER_FALLBACK', '模型输出不符合公文语体（如英文、感叹号、口语），修正一次后仍不合格，相应段落已改用模板'],
  repeated: ['LLM_REPEATED_FALLBACK', '模型段落与其他章节重复，相应段落已改用模板'],
};

/** One note per kind of event, listing the sections it touched, in a stable order. */
export function collectNotes(outcomes: readonly SectionOutcome[]): DraftNote[] {
  const byCode = new Map<string, { message: string; sections: SectionKind[] }>();
  const add = ([code, message]: [string, string], kind: SectionKind) => {
    const e = byCode.get(code) ?? { message, sections: [] };
    if (!e.sections.includes(kind)) e.sections.push(kind);
    byCode.set(code, e);
  };
  for (const o of outcomes) {
    const kind = o.plan.kind;
    if (o.failure) add(FAILURE[o.failure.kind], kind);
    if (o.slots.some((s) => s.origin === 'repaired')) add(['LLM_REPAIRED', '模型初稿中有数据以外的数字或不合语体之处，已按问题清单修正一次并通过核对'], kind);
    for (const s of o.slots) if (s.reason && s.reason !== 'failure') add(FALLBACK[s.reason], kind);
  }
  return [...byCode.entries()].map(([code, e]) => ({
    code,
    message: `${e.message}：${e.sections.map((k) => SECTION_TITLES[k]).join('、')}${FAILURE_CODES.has(code) ? '，相关内容已改用模板起草' : ''}。`,
    sections: e.sections,
  }));
}

/** A note for sections left out of a request without an explicit list, for lack of data. */
export function skippedNote(skipped: readonly SectionKind[]): DraftNote | null {
  if (skipped.length === 0) return null;
  return {
    code: 'SECTIONS_SKIPPED',
    message: `数据不足，未起草：${skipped.map((k) => SECTION_TITLES[k]).join('、')}（需要的数据见接口文档）。`,
    sections: [...skipped],
  };
}
