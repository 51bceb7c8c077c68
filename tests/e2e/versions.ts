import { spawnSync } from 'node:child_process';
import { findChromium } from './chromium';
import { firefoxPath } from './firefox';

/** What `<browser> --version` prints on its first line, or why it could not say. */
function versionOf(path: string | undefined, missing: string): string {
  if (!path) return missing;
  const run = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  const line = run.stdout?.split('\n').find((l) => l.trim() !== '');
  return line ? `${line.trim()} (${path})` : `${path}: no version (${run.error?.message ?? `exit ${run.status}`})`;
}

/**
 * Vitest global setup for the browser tests: says which browsers they run on, since apt
 * installs whatever version the machine's Debian has (ESR 140 or 153, Chromium 150 or 156…).
 */
export default function printBrowserVersions(): void {
  console.log(`Browser tests on: ${versionOf(findChromium(), 'no Chromium')}`);
  console.log(`Browser tests on: ${versionOf(firefoxPath(), 'no Firefox')}`);
}
