#!/usr/bin/env node
// First step of `npm test`: the Debian packages the tests need, listed one per line in
// .ci/apt-packages (Chromium and CJK fonts for the browser tests, and whatever else a test
// needs from the system). Missing ones are installed with apt-get when running as root;
// otherwise one line says the command to run, and the tests do not start.
//
// JIXIAO_SKIP_SYSTEM_PACKAGES=1 skips the check (a machine that provides these another way).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const LIST = join(dirname(fileURLToPath(import.meta.url)), '..', '.ci', 'apt-packages');

/** The package names in the list (comments after `#` and blank lines ignored). */
export function readPackageList(text) {
  return text
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter((l) => l !== '');
}

/** Which of `packages` dpkg does not have installed; undefined when there is no dpkg. */
export function missingPackages(packages) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\\n', ...packages], { encoding: 'utf8' });
  if (r.error) return undefined;
  const installed = new Set(
    r.stdout
      .split('\n')
      .filter((l) => l.endsWith(' install ok installed'))
      .map((l) => l.split(' ')[0].split(':')[0]),
  );
  return packages.filter((p) => !installed.has(p));
}

function apt(args) {
  const r = spawnSync('apt-get', ['-o', 'DPkg::Lock::Timeout=600', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status === 0;
}

/**
 * Checks (and as root installs) the listed packages; returns the exit code. Every part that
 * touches the system can be replaced (the tests do).
 */
export function ensureSystemPackages({ list = LIST, env = process.env, uid = process.getuid?.(), missing: missingPackagesOf = missingPackages, aptGet = apt, log = (s) => console.error(s) } = {}) {
  if (env.JIXIAO_SKIP_SYSTEM_PACKAGES === '1') return 0;
  const packages = readPackageList(readFileSync(list, 'utf8'));
  const command = `apt-get install -y ${packages.join(' ')}`;
  const missing = missingPackagesOf(packages);
  if (missing === undefined) {
    log(`测试需要系统软件包 ${packages.join(' ')}（见 .ci/apt-packages）；本机没有 dpkg，请用本机的包管理器安装后设置 JIXIAO_SKIP_SYSTEM_PACKAGES=1 再运行 npm test。`);
    return 1;
  }
  if (missing.length === 0) return 0;
  if (uid !== 0) {
    log(`测试需要的系统软件包没有安装：${missing.join(' ')}。请运行：sudo apt-get update && sudo ${command}`);
    return 1;
  }
  log(`正在安装测试需要的系统软件包：${missing.join(' ')}（apt-get，只在第一次需要）……`);
  if (!aptGet(['update', '-qq']) || !aptGet(['install', '-y', '-qq', ...missing])) {
    log(`安装系统软件包失败：请检查网络或软件源后运行 apt-get update && ${command}`);
    return 1;
  }
  const still = missingPackagesOf(packages) ?? packages;
  if (still.length > 0) {
    log(`安装后仍缺少系统软件包：${still.join(' ')}。请运行：apt-get update && ${command}`);
    return 1;
  }
  log(`已安装：${missing.join(' ')}`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = ensureSystemPackages();
