/**
 * Small browser helpers shared by both tabs: DOM shortcuts, escaping,
 * API calls that always end in data or a Chinese error (never a blank page), the progress
 * indicator (bar + elapsed seconds), and downloads.
 */
/** The element with this id; the page's markup has every id the scripts use (a missing one is a bug). */
export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error('页面缺少元素 #' + id);
  return el as T;
}

/** Like $, for inputs, selects and text areas. */
export const field = (id: string) => $<HTMLInputElement>(id);

export const qsa = <T extends Element = HTMLElement>(sel: string, root?: ParentNode): T[] => Array.from((root || document).querySelectorAll<T>(sel) as NodeListOf<T>);

/** The element an event happened on, for `closest` lookups (delegated handlers). */
export const targetOf = (e: Event): HTMLElement => (e.target instanceof Element ? e.target : document.body) as HTMLElement;

/** The API's error envelope: a stable English code and a Chinese message. */
export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
}

type ApiResult<T> = { ok: true; data: T; type?: string } | { ok: false; error: ApiError };

interface ApiOptions {
  json?: unknown;
  form?: FormData;
  onUpload?: (fraction: number) => void;
  responseType?: 'json' | 'blob';
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function esc(s: unknown): string {
  return String(s == null ? '' : s).replace(/[&<>"']/g, (c) => ESC[c]!);
}

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

const NETWORK_ERROR: ApiError = { code: 'NETWORK', message: '无法连接服务：请检查网络连接，确认服务仍在运行后重试。' };

/** The API's error envelope, or a Chinese stand-in when the response is not one. */
function errorOf(status: number, body: { error?: ApiError } | null): ApiError {
  if (body && body.error && body.error.message) return body.error;
  if (status === 0) return NETWORK_ERROR;
  return { code: 'HTTP_' + status, message: '服务返回了意外的错误（HTTP ' + status + '），请稍后重试；如持续出现，请联系管理员。' };
}

function parseJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Sends a request with XMLHttpRequest (for upload progress). Resolves to
 * { ok: true, data } or { ok: false, error: { code, message, details? } }; never rejects.
 * opts: { json, form, onUpload(fraction), responseType: 'json' | 'blob' }.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON from the API, read field by field
export function api<T = any>(method: string, url: string, options?: ApiOptions): Promise<ApiResult<T>> {
  const opts = options || {};
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, url);
    const blob = opts.responseType === 'blob';
    xhr.responseType = blob ? 'blob' : 'text';
    if (opts.onUpload && xhr.upload) {
      const onUpload = opts.onUpload;
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable) onUpload(e.loaded / e.total);
      };
      xhr.upload.onload = () => onUpload(1);
    }
    xhr.onerror = () => resolve({ ok: false, error: NETWORK_ERROR });
    xhr.ontimeout = () => resolve({ ok: false, error: { code: 'TIMEOUT', message: '服务长时间没有响应，请稍后重试。' } });
    xhr.onload = async () => {
      const okStatus = xhr.status >= 200 && xhr.status < 300;
      if (blob) {
        if (okStatus) {
          resolve({ ok: true, data: xhr.response, type: xhr.getResponseHeader('content-type') || '' });
          return;
        }
        const text = xhr.response ? await (xhr.response as Blob).text() : '';
        resolve({ ok: false, error: errorOf(xhr.status, parseJson(text)) });
        return;
      }
      const body = parseJson(xhr.responseText);
      if (okStatus && body !== null) resolve({ ok: true, data: body });
      else if (okStatus) resolve({ ok: false, error: { code: 'BAD_RESPONSE', message: '服务返回的内容无法识别，请稍后重试。' } });
      else resolve({ ok: false, error: errorOf(xhr.status, body) });
    };
    if (opts.json !== undefined) {
      xhr.setRequestHeader('content-type', 'application/json');
      xhr.send(JSON.stringify(opts.json));
    } else {
      xhr.send(opts.form || null);
    }
  });
}

/** An error box: the API's Chinese message, its code, and field details when there are any. */
export function errorHtml(error: ApiError, title?: string): string {
  const details: Array<{ field?: string; message?: string }> = Array.isArray(error.details) ? error.details.filter((d) => d && (d.field || d.message)) : [];
  return (
    '<div class="alert error" role="alert"><strong>' +
    esc(title || '出错了') +
    '</strong>' +
    '<div class="emsg">' +
    esc(error.message) +
    '</div>' +
    (details.length
      ? '<ul>' +
        details
          .slice(0, 12)
          .map((d) => '<li>' + esc((d.field ? d.field + '：' : '') + (d.message || '')) + '</li>')
          .join('') +
        '</ul>'
      : '') +
    '<p class="code">错误代码：' +
    esc(error.code) +
    '</p></div>'
  );
}

export function showError(el: HTMLElement, error: ApiError, title?: string) {
  el.innerHTML = errorHtml(error, title);
}

/**
 * An indeterminate bar with a label and elapsed seconds, inside a role=status container.
 * Returns { set(label, fraction?), stop() }. The seconds counter is hidden from screen
 * readers so that only label changes are announced.
 */
export function progress(el: HTMLElement, label: string) {
  const t0 = Date.now();
  el.innerHTML = '<div class="bar indeterminate" role="progressbar" aria-label="进度"><i></i></div>' + '<div class="label"><span class="what"></span><span class="secs" aria-hidden="true"></span></div>';
  const bar = el.querySelector<HTMLElement>('.bar')!;
  const fill = bar.querySelector<HTMLElement>('i')!;
  const what = el.querySelector<HTMLElement>('.what')!;
  const secs = el.querySelector<HTMLElement>('.secs')!;
  const tick = () => {
    secs.textContent = '已用 ' + Math.floor((Date.now() - t0) / 1000) + ' 秒';
  };
  tick();
  const timer = setInterval(tick, 1000);
  const set = (text?: string, fraction?: number) => {
    if (text !== undefined && what.textContent !== text) what.textContent = text;
    if (typeof fraction === 'number') {
      bar.classList.remove('indeterminate');
      fill.style.width = Math.round(fraction * 100) + '%';
      bar.setAttribute('aria-valuenow', String(Math.round(fraction * 100)));
      bar.setAttribute('aria-valuemin', '0');
      bar.setAttribute('aria-valuemax', '100');
    } else {
      bar.classList.add('indeterminate');
      fill.style.width = '';
      bar.removeAttribute('aria-valuenow');
    }
  };
  set(label);
  return {
    set,
    elapsed: () => Math.round((Date.now() - t0) / 100) / 10,
    stop() {
      clearInterval(timer);
      el.innerHTML = '';
    },
  };
}

/** Saves a Blob or string as a file. */
export function download(name: string, data: Blob | string, type?: string) {
  const blob = data instanceof Blob ? data : new Blob([data], { type: type || 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A file name without its extension, safe for saving. */
export function baseName(name: string | null | undefined): string {
  return (
    String(name || '报告')
      .replace(/\.[A-Za-z0-9]{1,5}$/, '')
      .replace(/[\\/:*?"<>|]+/g, '_')
      .slice(0, 80) || '报告'
  );
}

/** Reads a File as text, resolving to null on failure. */
export function readText(file: File): Promise<string | null> {
  return file.text().catch(() => null);
}

/** True when a key event should be left to a text field. */
export function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return !!target.closest('textarea, select, [contenteditable=""], [contenteditable=true], input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([type=file])');
}
