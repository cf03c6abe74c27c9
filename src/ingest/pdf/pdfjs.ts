/**
 * Loads the one pdf.js copy (pdfjs-dist legacy build: the same files pdf-parse imports, so the
 * Worker bundle never holds two) so that it runs both in Node and in workerd.
 */
export type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfjsModule> | undefined;

/** pdf.js, imported once; its worker half runs in this thread (no Worker or file URL needed). */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= doLoad().catch((err: unknown) => {
    loading = undefined; // let a later call retry
    throw err;
  });
  return loading;
}

async function doLoad(): Promise<PdfjsModule> {
  const restore = prepareGlobals();
  try {
    // The worker half first: pdf.js then uses it in-thread instead of `import(workerSrc)`,
    // which a bundled Worker cannot resolve.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    restore();
  }
}

const RENDERING_GLOBALS = ['DOMMatrix', 'Path2D', 'ImageData'];

/**
 * Makes loading pdf.js quiet and safe; returns the undo for what must not outlast the import.
 *
 * pdf.js evaluates `new DOMMatrix()` while loading and, when it believes it runs in Node (as
 * workerd with nodejs_compat looks to it), first tries to require the native @napi-rs/canvas
 * for DOMMatrix/Path2D/ImageData, printing warnings when it cannot. Text extraction never uses
 * these classes, so where no real ones exist (workerd; Node without the optional canvas
 * package) no-op stand-ins are defined. In workerd the require is refused up front (it would
 * only fail, slowly under the vitest pool). Load-time warnings are muted either way: verbosity
 * can only be set once the module exists.
 */
function prepareGlobals(): () => void {
  const g = globalThis as Record<string, unknown>;
  const workerd = (g.navigator as { userAgent?: string } | undefined)?.userAgent === 'Cloudflare-Workers';
  if (workerd || !nodeHasCanvas()) {
    for (const name of RENDERING_GLOBALS) {
      if (typeof g[name] === 'undefined') g[name] = class {};
    }
  }
  const proc = g.process as { getBuiltinModule?: (id: string) => unknown } | undefined;
  const getBuiltinModule = workerd ? proc?.getBuiltinModule : undefined;
  const warn = console.warn;
  try {
    if (proc !== undefined && typeof getBuiltinModule === 'function') {
      proc.getBuiltinModule = (id: string) => {
        if (id === 'module' || id === 'node:module') throw new Error('no require() while loading pdf.js');
        return getBuiltinModule.call(proc, id);
      };
    }
    console.warn = () => undefined;
  } catch {
    // Not patchable: pdf.js still loads, only more noisily.
  }
  return () => {
    console.warn = warn;
    if (proc !== undefined && getBuiltinModule !== undefined) proc.getBuiltinModule = getBuiltinModule;
  };
}

/** Node: whether the optional @napi-rs/canvas package (pdf.js's source of DOMMatrix) loads. */
function nodeHasCanvas(): boolean {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    const mod = proc?.getBuiltinModule?.('module') as typeof import('node:module') | undefined;
    if (mod === undefined) return false;
    mod.createRequire(import.meta.url)('@napi-rs/canvas');
    return true;
  } catch {
    return false;
  }
}
