// Test helper: LibreOffice headless, for checking that generated Word files open. Fails loudly
// when soffice is missing (libreoffice-writer-nogui is in .ci/apt-packages): never skips.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function requireSoffice(): string {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice']) if (existsSync(p)) return p;
  throw new Error('LibreOffice (soffice) is not installed: apt-get install libreoffice-writer-nogui (listed in .ci/apt-packages)');
}

/** Converts files with LibreOffice in one run; returns the converted files' bytes by input name. */
export function convertWithLibreOffice(files: Record<string, Uint8Array>, to: string): Record<string, Uint8Array> {
  const soffice = requireSoffice();
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-lo-'));
  const names = Object.keys(files);
  for (const n of names) writeFileSync(join(dir, n), files[n]!);
  execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--norestore', '--convert-to', to, '--outdir', join(dir, 'out'), ...names], {
    cwd: dir,
    stdio: 'pipe',
    timeout: 120_000,
  });
  const ext = to.split(':')[0]!;
  const out: Record<string, Uint8Array> = {};
  for (const n of names) {
    const p = join(dir, 'out', n.replace(/\.[^.]+$/, `.${ext}`));
    if (!existsSync(p)) throw new Error(`LibreOffice did not convert ${n} to ${ext}`);
    out[n] = new Uint8Array(readFileSync(p));
  }
  return out;
}

/** The text of a PDF by poppler's pdftotext (poppler-utils; fails loudly when missing). */
export function pdfText(pdf: Uint8Array): string {
  if (!existsSync('/usr/bin/pdftotext')) throw new Error('pdftotext is not installed: apt-get install poppler-utils (listed in .ci/apt-packages)');
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-pdf-'));
  writeFileSync(join(dir, 'in.pdf'), pdf);
  return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', join(dir, 'in.pdf'), '-'], { encoding: 'utf8' });
}
