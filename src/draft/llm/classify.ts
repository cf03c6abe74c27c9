import type { FailureKind } from '../provider';

/** A provider error reduced to what the drafter acts on; nothing of the payload or key is kept. */
export interface ClassifiedError {
  kind: FailureKind;
  status?: number;
  retryable: boolean;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfter?: number;
}

function statusOf(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status ?? (err as { response?: { status?: unknown } })?.response?.status;
  return typeof s === 'number' ? s : undefined;
}

function retryAfterOf(err: unknown): number | undefined {
  const h = (err as { headers?: unknown })?.headers;
  const v = h instanceof Headers ? h.get('retry-after') : (h as Record<string, string> | undefined)?.['retry-after'];
  const n = Number(v);
  return v && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Maps an error thrown by the model call to a failure kind, by HTTP status first, then by error name. */
export function classifyError(err: unknown, timedOut: boolean): ClassifiedError {
  if (timedOut) return { kind: 'timeout', retryable: true };
  const status = statusOf(err);
  const retryAfter = retryAfterOf(err);
  const withStatus = (kind: FailureKind, retryable: boolean): ClassifiedError => ({ kind, retryable, ...(status ? { status } : {}), ...(retryAfter !== undefined ? { retryAfter } : {}) });
  if (status === 429) return withStatus('rate_limit', true);
  if (status === 401 || status === 403) return withStatus('auth', false);
  if (status === 408 || status === 504) return withStatus('timeout', true);
  if (status !== undefined && status >= 500) return withStatus('server', true);
  if (status !== undefined && status >= 400) return withStatus('bad_request', false);
  const name = err instanceof Error ? err.name : '';
  if (name === 'TimeoutError' || /timed? ?out/i.test(err instanceof Error ? err.message : '')) return { kind: 'timeout', retryable: true };
  if (name === 'AbortError') return { kind: 'timeout', retryable: false };
  return { kind: 'network', retryable: true };
}
