import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ROOT, type ExtensionBrowser } from './browser';

/** Import with preview and undo, and a backup that restores into a new profile. */
const BOOKMARKS = join(ROOT, 'tests', 'fixtures', 'import', 'bookmarks.html');

let browser: ExtensionBrowser;
let options: Page;
let downloads: string;

beforeAll(async () => {
  downloads = await mkdtemp(join(tmpdir(), 'pln-downloads-'));
  browser = await launchWithExtension();
  options = await browser.openExtensionPage('options.html');
});

afterAll(async () => {
  await browser?.close({ removeProfile: true });
  await rm(downloads, { recursive: true, force: true });
});

/** The titles the side panel lists, sorted. */
async function titlesIn(): Promise<string[]> {
  const panel = await browser.openExtensionPage('sidepanel.html');
  await panel.getByRole('list', { name: 'Saved sources' }).waitFor({ state: 'attached' });
  const titles = (
    await panel.getByRole('list', { name: 'Saved sources' }).locator('.source-title').allTextContents()
  ).sort();
  await panel.close();
  return titles;
}

const IMPORTED = [
  'A talk on deliberate practice',
  'Notes on note-taking & <b>habits</b>',
  'Retrieval practice, explained',
];

describe('import', () => {
  it('previews a bookmark file before writing anything: new, invalid with its line, nothing saved yet', async () => {
    await options.getByLabel(/Import a file/).setInputFiles(BOOKMARKS);
    const preview = options.getByRole('region', { name: 'Import preview' });
    await expect.poll(() => preview.textContent()).toContain('3 new sources, 0 that you already have');
    expect(await preview.textContent()).toContain('1 rows will be skipped');
    expect(await preview.textContent()).toMatch(/Line 1\d: .*javascript/);
    expect(await titlesIn()).toEqual([]);
  });

  it('imports on confirmation, then undoes the whole import', async () => {
    await options.getByRole('button', { name: 'Import 3' }).click();
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Imported: 3 new, 0 merged, 0 skipped.'));
    await expect.poll(() => titlesIn()).toEqual(IMPORTED);

    await options.bringToFront();
    await options.getByRole('button', { name: 'Undo this import' }).click();
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Import undone: 3 moved to the trash'));
    await expect.poll(() => titlesIn()).toEqual([]);
  });

  it('merges into what is already saved when the same file is imported twice', async () => {
    for (const expected of ['Import 3', 'Import 3']) {
      await options.bringToFront();
      await options.getByLabel(/Import a file/).setInputFiles(BOOKMARKS);
      await options.getByRole('button', { name: expected }).click();
      await expect
        .poll(() => options.getByRole('status').allTextContents())
        .toContainEqual(expect.stringContaining('Imported:'));
    }
    expect(await options.getByRole('status').allTextContents()).toContainEqual(
      expect.stringContaining('Imported: 0 new, 3 merged'),
    );
    expect(await titlesIn()).toEqual(IMPORTED);
  });

  it('asks before undoing an import that is not the latest, and undoes the latest at once', async () => {
    await options.bringToFront();
    await options.getByText('Recent imports').click();
    const undoButtons = options.getByRole('button', { name: 'Undo the import of bookmarks.html' });
    expect(await undoButtons.count()).toBe(2);
    const dialog = options.getByRole('dialog', { name: 'Undo an earlier import?' });

    await undoButtons.last().click();
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('1 imports came after it');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await undoButtons.count()).toBe(2);

    await undoButtons.last().click();
    await dialog.getByRole('button', { name: 'Undo this import' }).click();
    // The later import merged into all three since: they stay as they are.
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Import undone: 0 moved to the trash, 0 put back as they were, 3 kept'));
    expect(await undoButtons.count()).toBe(1);

    await undoButtons.click();
    expect(await dialog.count()).toBe(0);
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Import undone: 0 moved to the trash, 3 put back as they were'));
    expect(await titlesIn()).toEqual(IMPORTED);
  });
});

describe("a folder of the browser's bookmarks", () => {
  it('imports the folder chosen, with its subfolders as topics', async () => {
    await browser.worker.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          chrome: {
            bookmarks: { create(b: { parentId?: string; title: string; url?: string }): Promise<{ id: string }> };
          };
        }
      ).chrome.bookmarks;
      const folder = await api.create({ title: 'Reading list' });
      await api.create({ parentId: folder.id, title: 'Feynman technique', url: 'https://learning.example/feynman' });
      const talks = await api.create({ parentId: folder.id, title: 'Talks' });
      await api.create({ parentId: talks.id, title: 'Desirable difficulties', url: 'https://video.example/watch/7' });
    });
    await options.bringToFront();
    await options.getByRole('button', { name: "Import from this browser's bookmarks…" }).click();
    const folder = options.getByRole('combobox', { name: 'Bookmark folder' });
    const value = await folder.locator('option', { hasText: 'Reading list (2)' }).getAttribute('value');
    await folder.selectOption(value ?? '');
    await options.getByRole('button', { name: 'Preview import' }).click();
    await expect
      .poll(() => options.getByRole('region', { name: 'Import preview' }).textContent())
      .toContain('2 new sources');
    await options.getByRole('button', { name: 'Import 2' }).click();
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Imported: 2 new'));
    await expect
      .poll(() => titlesIn())
      .toEqual(expect.arrayContaining(['Desirable difficulties', 'Feynman technique']));
  });
});

describe('backup', () => {
  it('backs up to a file that restores the same sources into a new profile', async () => {
    await options.bringToFront();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Back up now' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pln-capture-backup-\d{4}-\d\d-\d\d\.json$/);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    await expect
      .poll(() => options.getByRole('region', { name: 'Import, export and backup' }).textContent())
      .toContain('Last backup:');

    const fresh = await launchWithExtension();
    try {
      const page = await fresh.openExtensionPage('options.html');
      await page.getByLabel(/Import a file/).setInputFiles(file);
      await page.getByRole('button', { name: 'Import 5' }).click();
      await expect
        .poll(() => page.getByRole('status').allTextContents())
        .toContainEqual(expect.stringContaining('Imported: 5 new'));
      const panel = await fresh.openExtensionPage('sidepanel.html');
      await expect
        .poll(async () =>
          (await panel.getByRole('list', { name: 'Saved sources' }).locator('.source-title').allTextContents()).sort(),
        )
        .toEqual([...IMPORTED, 'Desirable difficulties', 'Feynman technique'].sort());
    } finally {
      await fresh.close({ removeProfile: true });
    }
  });
});
