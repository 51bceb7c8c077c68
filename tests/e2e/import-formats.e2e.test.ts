import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, ROOT, type ExtensionBrowser } from './browser';

/**
 * Every platform's export, imported on the network page from our own fixture (tests/fixtures/io):
 * the preview counts by PLN category, the network page shows those counts, and undo leaves the
 * collection as it was (empty). One browser for all.
 */
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'io');

let browser: ExtensionBrowser;
let options: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await browser.openExtensionPage('options.html');
});

afterAll(async () => {
  await browser?.close({ removeProfile: true });
});

type Counts = Record<string, number>;

/** The network page's count per category card ("Experts and thought leaders 3"). */
async function networkCounts(): Promise<Counts> {
  const headings = await options.locator('section.category h2').allTextContents();
  return Object.fromEntries(
    headings.map((text) => {
      const match = /^(.*?)\s*(\d+)$/.exec(text.trim());
      return [match?.[1] ?? text, Number(match?.[2])];
    }),
  );
}

/** What the preview's line by category says ("Podcasts: 4 · Research and reference: 2"), as counts. */
async function previewCounts(): Promise<Counts> {
  const preview = options.getByRole('region', { name: 'Import preview' });
  const line = (await preview.getByLabel('New in your network, by category').textContent()) ?? '';
  return Object.fromEntries(
    line.split(' · ').map((part) => {
      const [label = '', count = ''] = part.split(/:\s*/);
      return [label, Number(count)];
    }),
  );
}

/** The notes of every stored source, read from the extension's database. */
function storedNotes(): Promise<string[]> {
  return options.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('pln-capture');
        open.onerror = () => reject(new Error('cannot open the database'));
        open.onsuccess = () => {
          const request = open.result.transaction('sources').objectStore('sources').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as { note?: string }[]).flatMap((s) => (s.note ? [s.note] : [])));
          };
        };
      }),
  );
}

/**
 * Imports the files, checks the preview and the network page, undoes, and finds the network as
 * before. `imported` looks at the collection before the undo; `beforeConfirm` acts on the preview.
 */
async function importAndUndo(
  files: string[],
  expected: Counts,
  imported?: () => Promise<void>,
  beforeConfirm?: () => Promise<void>,
): Promise<string> {
  const before = await networkCounts();
  await options.getByLabel(/Import a file/).setInputFiles(files.map((f) => join(FIXTURES, f)));
  const preview = options.getByRole('region', { name: 'Import preview' });
  await preview.waitFor();
  expect(await previewCounts()).toEqual(expected);
  const text = (await preview.textContent()) ?? '';
  const total = Object.values(expected).reduce((a, b) => a + b, 0);
  await beforeConfirm?.();
  await options.getByRole('button', { name: `Import ${total}` }).click();
  await expect
    .poll(() => options.getByRole('status').allTextContents())
    .toContainEqual(expect.stringContaining(`Imported: ${total} new, 0 merged`));
  await expect.poll(networkCounts).toEqual({ ...before, ...expected });
  await imported?.();

  await options.getByRole('button', { name: 'Undo this import' }).click();
  await expect
    .poll(() => options.getByRole('status').allTextContents())
    .toContainEqual(expect.stringContaining(`Import undone: ${total} moved to the trash`));
  await expect.poll(networkCounts).toEqual(before);
  return text;
}

const EXPERTS = 'Experts and thought leaders';
const RESEARCH = 'Research and reference';
const BLOGS = 'Blogs and newsletters';

describe('bring your network: one import per format, undone', () => {
  it('offers "Bring your network" on an empty network, one line per platform', async () => {
    await options.getByRole('heading', { name: 'Bring your network' }).waitFor();
    const platforms = options.getByRole('list', { name: 'Where each platform keeps its export' });
    expect(await platforms.getByRole('listitem').count()).toBeGreaterThanOrEqual(12);
    expect(await platforms.textContent()).toContain(
      'Mastodon: Preferences → Import and export → Data export → Follows',
    );
  });

  it('Mastodon follows, with a header and a byte order mark', async () => {
    const text = await importAndUndo(['mastodon-follows.csv'], { [EXPERTS]: 3 });
    expect(text).toContain('Line 5: “not an account” is not a Mastodon account address');
  });

  it('Mastodon follows, an older export without a header', async () => {
    await importAndUndo(['mastodon-follows-old.csv'], { [EXPERTS]: 3 });
  });

  it('YouTube subscriptions', async () => {
    await importAndUndo(['youtube-subscriptions.csv'], { 'Videos and channels': 5 });
  });

  it('LinkedIn connections, email addresses only when asked', async () => {
    // Not asked: no email address is stored.
    await importAndUndo(['linkedin-connections.csv'], { Peers: 4 }, async () => {
      const notes = await storedNotes();
      expect(notes).toContain('Lead Programmer, Notes · Analytical Engines Ltd');
      expect(notes).not.toContainEqual(expect.stringContaining('@example.'));
    });
    // Asked: each is kept in the person's note.
    await importAndUndo(
      ['linkedin-connections.csv'],
      { Peers: 4 },
      async () => {
        expect(await storedNotes()).toContainEqual('Lead Programmer, Notes · Analytical Engines Ltd\nada@example.org');
      },
      async () => {
        const keep = options.getByRole('checkbox', { name: 'Keep email addresses' });
        expect(await keep.isChecked()).toBe(false);
        await keep.check();
      },
    );
  });

  it('Goodreads library: books and their authors', async () => {
    await importAndUndo(['goodreads-library.csv'], { [EXPERTS]: 6, [RESEARCH]: 4 });
  });

  it('CSL JSON', async () => {
    await importAndUndo(['zotero-csl.json'], { [EXPERTS]: 4, [RESEARCH]: 3 });
  });

  it('BibTeX', async () => {
    await importAndUndo(['references.bib'], { [EXPERTS]: 6, [RESEARCH]: 4 });
  });

  it('RIS', async () => {
    await importAndUndo(['references.ris'], { [EXPERTS]: 5, [RESEARCH]: 4 });
  });

  it('Readwise Reader CSV', async () => {
    await importAndUndo(['readwise-reader.csv'], { [BLOGS]: 4 });
  });

  it('Karakeep JSON', async () => {
    await importAndUndo(['karakeep.json'], { [BLOGS]: 3 });
  });

  it('Linkwarden JSON', async () => {
    await importAndUndo(['linkwarden.json'], { [BLOGS]: 3 });
  });

  it('Omnivore JSON', async () => {
    await importAndUndo(['omnivore.json'], { [BLOGS]: 3 });
  });

  it('OneTab', async () => {
    await importAndUndo(['onetab.txt'], { [BLOGS]: 4 });
  });

  it("Pocket's CSV", async () => {
    await importAndUndo(['pocket.csv'], { [BLOGS]: 3 });
  });

  it("a podcast app's OPML", async () => {
    await importAndUndo(['podcasts.opml'], { Podcasts: 4 });
  });

  it("a feed reader's OPML", async () => {
    await importAndUndo(['reader-folders.opml'], { [BLOGS]: 2, [EXPERTS]: 1, Podcasts: 1 });
  });

  it('several files at once: one import, the addresses in both files named, undone as a whole', async () => {
    const text = await importAndUndo(['references.bib', 'references.ris', 'youtube-subscriptions.csv'], {
      [EXPERTS]: 8,
      [RESEARCH]: 5,
      'Videos and channels': 5,
    });
    expect(text).toContain('3 addresses are in more than one file');
    expect(text).toContain('references.bib, line 38: no web address and no DOI');
  });

  it('refuses a file of the wrong shape, naming the format it looked like and the line', async () => {
    await options.getByLabel(/Import a file/).setInputFiles({
      name: 'follows.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Account address,Show boosts\nhello world,true\n'),
    });
    await expect
      .poll(() => options.getByRole('alert').allTextContents())
      .toContainEqual(
        'This file looks like Mastodon follows (CSV), but line 2 cannot be read as one: “hello world” is not a Mastodon account address (user@server)',
      );
  });
});

describe('after an import', () => {
  it('asks "Same person?" for an imported person named like one already saved, and merges on request', async () => {
    await options.getByLabel(/Import a file/).setInputFiles(join(FIXTURES, 'references.ris'));
    await options.getByRole('button', { name: 'Import 9' }).click();
    await expect
      .poll(() => options.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Imported: 9 new'));

    await options.getByLabel(/Import a file/).setInputFiles(join(FIXTURES, 'linkedin-connections.csv'));
    await options.getByRole('button', { name: 'Import 4' }).click();
    const same = options.getByRole('region', { name: 'Same person?' });
    await expect
      .poll(() => same.textContent())
      .toContain('Åse Ødegård, just imported, has the same name as Åse Ødegård');
    await same.getByRole('button', { name: 'Merge Åse Ødegård into Åse Ødegård' }).click();
    await expect.poll(() => same.textContent()).toContain('Merged Åse Ødegård into Åse Ødegård');
    expect(await networkCounts()).toEqual({ [EXPERTS]: 5, Peers: 3, [RESEARCH]: 4 });
  });
});
