import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { writeLargeBackup } from './backup-file';

/**
 * A backup larger than the 64 MiB a single extension message may carry (Chrome's limit) restores
 * whole: the heaviest users' backups, with the kept text of hundreds of long articles.
 */
const ARTICLES = 350;

let browser: ExtensionBrowser;
let dir: string;
let file: string;
let size: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pln-large-'));
  file = join(dir, 'pln-capture-backup-large.json');
  size = await writeLargeBackup(file, ARTICLES, 195_000);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close({ removeProfile: true });
  await rm(dir, { recursive: true, force: true });
});

it('restores a backup over 64 MiB: every source and every kept text', { timeout: 300_000 }, async () => {
  expect(size).toBeGreaterThan(64 * 1024 * 1024);
  const options = await browser.openExtensionPage('options.html');
  await options.getByLabel(/Import a file/).setInputFiles(file);
  await options.getByRole('button', { name: `Import ${ARTICLES}` }).click({ timeout: 120_000 });
  // Whichever comes first: the outcome, or an error.
  const outcome = options.getByRole('alert').or(options.getByRole('status').filter({ hasText: 'Imported:' }));
  await outcome.first().waitFor({ timeout: 240_000 });
  expect(await outcome.first().textContent()).toContain(`Imported: ${ARTICLES} new, 0 merged, 0 skipped.`);

  const counts = await options.evaluate(
    () =>
      new Promise<{ sources: number; clips: number; last: number }>((resolve, reject) => {
        const open = indexedDB.open('pln-capture');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['sources', 'clips']);
          const sources = tx.objectStore('sources').count();
          const clips = tx.objectStore('clips').count();
          const last = tx.objectStore('clips').get('large-349');
          tx.oncomplete = () => {
            open.result.close();
            const clip = last.result as { blocks: { text: string }[] } | undefined;
            resolve({
              sources: sources.result,
              clips: clips.result,
              last: clip?.blocks.reduce((n, b) => n + b.text.length, 0) ?? 0,
            });
          };
        };
      }),
  );
  expect(counts.sources).toBe(ARTICLES);
  expect(counts.clips).toBe(ARTICLES);
  expect(counts.last).toBeGreaterThan(190_000);
});
