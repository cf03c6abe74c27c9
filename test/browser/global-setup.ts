/**
 * Global setup of the `browser` test project: starts the service exactly as the README
 * does (`npm start`: D1 migrations, then `wrangler dev` on 127.0.0.1:8787), in its own
 * process group (spawn's `detached`, i.e. setsid), waits for /healthz, and at the end
 * kills the whole group — npm, wrangler and workerd — so the port is free again.
 *
 * JIXIAO_BASE_URL=http://… runs the tests against a service that is already running instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    baseUrl: string;
  }
}

const ROOT = resolve(__dirname, '..', '..');
const BASE = 'http://127.0.0.1:8787';
const LOG = join(ROOT, 'test-results', 'browser-server.log');
const START_TIMEOUT_MS = 180_000;

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

function logTail(): string {
  try {
    return readFileSync(LOG, 'utf8').split('\n').slice(-25).join('\n');
  } catch {
    return '';
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.JIXIAO_BASE_URL?.replace(/\/+$/, '');
  if (external) {
    if (!(await healthy(external))) throw new Error(`JIXIAO_BASE_URL=${external} 没有响应 /healthz。`);
    project.provide('baseUrl', external);
    return;
  }
  if (await healthy(BASE)) {
    throw new Error(
      `端口 8787 上已经有服务在运行：浏览器测试要自己用 npm start 启动服务。请先停止那个服务，或设置 JIXIAO_BASE_URL=${BASE} 用它来测试。`,
    );
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const log = createWriteStream(LOG);
  const child = spawn('npm', ['start'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
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
  while (!(await healthy(BASE))) {
    if (exited !== null) throw new Error(`npm start 退出了（代码 ${exited}），服务没有启动。日志（${LOG}）：\n${logTail()}`);
    if (Date.now() - t0 > START_TIMEOUT_MS) {
      killGroup(child, 'SIGKILL');
      throw new Error(`服务在 ${START_TIMEOUT_MS / 1000} 秒内没有就绪。日志（${LOG}）：\n${logTail()}`);
    }
    await sleep(500);
  }
  project.provide('baseUrl', BASE);

  return async () => {
    killGroup(child, 'SIGTERM');
    for (let i = 0; i < 40 && exited === null; i++) await sleep(250);
    killGroup(child, 'SIGKILL');
    for (let i = 0; i < 40 && (await healthy(BASE)); i++) await sleep(250);
    process.off('exit', onExit);
    log.end();
  };
}
