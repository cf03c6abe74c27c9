// `npm run load`: a bounded load test on loopback. Starts `wrangler dev` (workerd + local D1, as
// `npm start` does) on a free port — or uses `--url http://127.0.0.1:PORT` — then, for text and
// PDF checks at concurrency 1, 4 and 16, sends requests for at most COUNT requests or SECONDS
// seconds per level and prints req/s and p50/p95/p99. Last, it measures how /healthz answers
// while the worker runs the largest accepted check. Never leaves loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { longReport } from './numbers/synthetic';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LEVELS = [1, 4, 16];
const SECONDS = 10;
const COUNT = { text: 2000, pdf: 200 };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_HIDE_BANNER: 'true' };

async function startWrangler(): Promise<{ url: string; child: ChildProcess }> {
  const wrangler = `${ROOT}node_modules/.bin/wrangler`;
  const migrate = spawn(wrangler, ['d1', 'migrations', 'apply', 'jixiao', '--local'], { cwd: ROOT, env: ENV, stdio: 'ignore' });
  await new Promise((r) => migrate.on('exit', r));
  const [port, inspector] = [await freePort(), await freePort()];
  const child = spawn(wrangler, ['dev', '--local', '--port', String(port), '--ip', '127.0.0.1', '--inspector-port', String(inspector)], {
    cwd: ROOT,
    env: ENV,
    stdio: 'ignore',
    detached: true, // its own process group, so that stopping it stops workerd too
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop(child);
  throw new Error('wrangler dev did not start within 120 s');
}

function stop(child: ChildProcess) {
  if (child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Sends `make()` requests with `concurrency` in flight until `count` or `seconds`; latencies in ms. */
async function level(make: () => Promise<Response>, concurrency: number, count: number, seconds: number) {
  const lat: number[] = [];
  let errors = 0;
  let sent = 0;
  const t0 = performance.now();
  const end = t0 + seconds * 1000;
  const worker = async () => {
    while (sent < count && performance.now() < end) {
      sent++;
      const s = performance.now();
      try {
        const res = await make();
        await res.arrayBuffer();
        if (!res.ok) errors++;
      } catch {
        errors++;
      }
      lat.push(performance.now() - s);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wall = (performance.now() - t0) / 1000;
  lat.sort((a, b) => a - b);
  return { n: lat.length, errors, rps: lat.length / wall, p50: pct(lat, 50), p95: pct(lat, 95), p99: pct(lat, 99) };
}

async function main() {
  const given = arg('--url');
  if (given && !/^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/.test(given)) throw new Error('--url must be a loopback address');
  const server = given ? { url: given.replace(/\/$/, ''), child: undefined } : await startWrangler();
  try {
    const url = server.url;
    const text = readFileSync(`${ROOT}fixtures/seeds/000.txt`, 'utf8');
    const pdf = readFileSync(`${ROOT}fixtures/seeds/000.pdf`);
    const checkText = () => fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
    const checkPdf = () => {
      const form = new FormData();
      form.append('file', new File([pdf], '000.pdf', { type: 'application/pdf' }));
      return fetch(`${url}/v1/check`, { method: 'POST', body: form });
    };
    // warm up (pdf.js and CMaps load on first use)
    await (await checkText()).arrayBuffer();
    await (await checkPdf()).arrayBuffer();
    console.log(`负载测试：${url}（每档至多 ${SECONDS} 秒；文本至多 ${COUNT.text} 个请求，PDF 至多 ${COUNT.pdf} 个）\n`);
    console.log('| 请求 | 并发 | 请求数 | 错误 | req/s | p50 ms | p95 ms | p99 ms |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const [name, make, count] of [
      ['文本检查（种子 000，6,270 字）', checkText, COUNT.text],
      ['PDF 检查（种子 000.pdf）', checkPdf, COUNT.pdf],
    ] as const) {
      for (const c of LEVELS) {
        const r = await level(make, c, count, SECONDS);
        console.log(`| ${name} | ${c} | ${r.n} | ${r.errors} | ${r.rps.toFixed(1)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.p99.toFixed(0)} |`);
      }
    }

    // /healthz while the worker runs the largest accepted check (~300k characters)
    const big = longReport(298_000).slice(0, 299_000);
    const t0 = performance.now();
    const bigReq = fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: big }) }).then(async (r) => {
      await r.arrayBuffer();
      return { status: r.status, ms: performance.now() - t0 };
    });
    const health: number[] = [];
    let done = false;
    void bigReq.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    while (!done) {
      const s = performance.now();
      await (await fetch(`${url}/healthz`)).arrayBuffer();
      health.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 50));
    }
    const b = await bigReq;
    health.sort((x, y) => x - y);
    console.log(
      `\n/healthz 在最大的检查（${big.length.toLocaleString('en-US')} 字，HTTP ${b.status}，${b.ms.toFixed(0)} ms）进行期间：${health.length} 次，` +
        `中位数 ${pct(health, 50).toFixed(0)} ms，最长 ${(health[health.length - 1] ?? NaN).toFixed(0)} ms` +
        '（workerd 的一个隔离区单线程：检查进行时 /healthz 要等它让出；每个检查的 CPU 由上限约束）。',
    );
  } finally {
    if (server.child) stop(server.child);
  }
}

await main();
