import { existsSync } from 'node:fs';

/** Debian's Chromium, or the one CHROMIUM_PATH names; undefined when there is none. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && existsSync(p),
  );
}

export function chromiumPath(): string {
  const found = findChromium();
  if (!found)
    throw new Error("No Chromium found: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH");
  return found;
}

/**
 * Flags for headless Chromium here: no sandbox (root), no GPU, and none of the background
 * traffic that a machine without a network would refuse; optionally an unpacked extension.
 */
export function chromiumArgs(options: { extension?: string; gpu?: boolean } = {}): string[] {
  return [
    '--headless=new',
    '--no-sandbox',
    ...(options.gpu ? [] : ['--disable-gpu']),
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(options.extension
      ? [`--disable-extensions-except=${options.extension}`, `--load-extension=${options.extension}`]
      : []),
  ];
}
