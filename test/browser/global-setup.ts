/**
 * Global setup of the `browser` test project: starts the service as the README does (`npm
 * start`: D1 migrations, then `wrangler dev`), but on a free port (JIXIAO_PORT) and with a
 * fresh local D1 of its own (JIXIAO_STATE_DIR, a temporary folder) — so the tests run while
 * `npm start` holds 8787 and two `npm test` can run at once. The service runs in its own
 * process group (spawn's `detached`, i.e. setsid); the setup waits for /healthz, and at the
 * end kills the whole group — npm, wrangler and workerd — and removes the folder.
 *
 * JIXIAO_BASE_URL=http://… runs the tests against a service that is already running instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    baseUrl: string;
    /** The service's CORPUS_TOKEN (corpus writes); CORPUS_TOKEN of the environment with JIXIAO_BASE_URL. */
    corpusToken: string;
  }
}

const ROOT = resolve(__dirname, '..', '..');
const START_TIMEOUT_MS = 180_000;

/** A TCP port that nothing listens on right now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

async function healthy(base: string): Promise<boolean> {
  try {
    const r = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(3000) });
    return r.ok;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function logTail(log: string): string {
  try {
    return readFileSync(log, 'utf8').split('\n').slice(-25).join('\n');
  } catch {
    return '';
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.JIXIAO_BASE_URL?.replace(/\/+$/, '');
  if (external) {
    if (!(await healthy(external))) throw new Error(`JIXIAO_BASE_URL=${external} 没有响应 /healthz。`);
    project.provide('baseUrl', external);
    project.provide('corpusToken', process.env.CORPUS_TOKEN ?? '');
    return;
  }
  const port = await freePort();
  // wrangler dev also opens a debugger port: by default the first free one from 9229, probed
  // before it binds, which two services starting at once can both pick.
  const inspectorPort = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const LOG = join(ROOT, 'test-results', `browser-server-${port}.log`);
  const stateDir = mkdtempSync(join(tmpdir(), 'jixiao-browser-state-'));
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const log = createWriteStream(LOG);
  // a token of this run only, so the tests can write to the corpus (wrangler dev --var)
  const corpusToken = randomBytes(16).toString('hex');
  const child = spawn('npm', ['start', '--', '--var', `CORPUS_TOKEN:${corpusToken}`], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, JIXIAO_PORT: String(port), JIXIAO_INSPECTOR_PORT: String(inspectorPort), JIXIAO_STATE_DIR: stateDir },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let exited: number | null = null;
  child.on('exit', (code) => {
    exited = code ?? -1;
  });
  // If vitest itself is killed, do not leave wrangler holding the port.
  const onExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', onExit);

  const t0 = Date.now();
  while (!(await healthy(base))) {
    if (exited !== null) throw new Error(`npm start 退出了（代码 ${exited}），服务没有启动。日志（${LOG}）：\n${logTail(LOG)}`);
    if (Date.now() - t0 > START_TIMEOUT_MS) {
      killGroup(child, 'SIGKILL');
      throw new Error(`服务在 ${START_TIMEOUT_MS / 1000} 秒内没有就绪。日志（${LOG}）：\n${logTail(LOG)}`);
    }
    await sleep(500);
  }
  project.provide('baseUrl', base);
  project.provide('corpusToken', corpusToken);

  return async () => {
    killGroup(child, 'SIGTERM');
    for (let i = 0; i < 40 && exited === null; i++) await sleep(250);
    killGroup(child, 'SIGKILL');
    for (let i = 0; i < 40 && (await healthy(base)); i++) await sleep(250);
    process.off('exit', onExit);
    log.end();
    rmSync(stateDir, { recursive: true, force: true });
  };
}
