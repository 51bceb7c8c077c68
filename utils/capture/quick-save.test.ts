import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PlnDatabase, findSaved, saveSource } from '../db';
import { freshDatabase } from '../db/test-db';
import { parseExtraction } from '../extract/extraction';
import type { TabReading } from './read-tab';
import { NothingToSaveError, quickSavePage, saveLink, saveQuote } from './quick-save';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const tab = { id: 7, url: 'https://blog.example/post?utm_source=feed', title: 'Post | Blog' };
const read = (raw: object): TabReading => ({
  ok: true,
  tab,
  extraction: parseExtraction({ pageUrl: tab.url, ...raw }),
});
const post = read({
  url: 'https://blog.example/post',
  title: 'Post',
  kind: 'article',
  authors: [{ name: 'Jane Doe' }],
});

describe('quickSavePage', () => {
  it("saves a page with its defaults, links a saved author and keeps an article's text", async () => {
    const jane = await saveSource(db, { kind: 'person', title: 'Jane Doe' });
    const { source, created } = await quickSavePage(db, post, { blocks: [{ type: 'p', text: 'Body text' }] }, 10);
    expect(created).toBe(true);
    expect(source).toMatchObject({
      title: 'Post',
      url: 'https://blog.example/post',
      category: 'blogs',
      creators: [jane.source.id],
    });
    expect(await db.clips.get(source.id)).toMatchObject({ words: 2 });
  });

  it('keeps what the person wrote when the page is saved again', async () => {
    const first = await quickSavePage(db, post, undefined, 1);
    await saveSource(db, { id: first.source.id, kind: 'article', title: 'My title', note: 'mine', topics: ['memory'] });
    const again = await quickSavePage(db, post, undefined, 2);
    expect(again).toMatchObject({ created: false, source: { title: 'My title', note: 'mine', topics: ['memory'] } });
  });

  it('saves the address and title of a page it could not read', async () => {
    const { source } = await quickSavePage(db, { ok: false, tab, reason: 'loading' }, undefined);
    expect(source).toMatchObject({ title: 'Post | Blog', url: 'https://blog.example/post' });
  });

  it('refuses a tab that is not a web page', async () => {
    await expect(
      quickSavePage(db, { ok: false, tab: { id: 1, url: 'chrome://settings' }, reason: 'restricted' }, undefined),
    ).rejects.toBeInstanceOf(NothingToSaveError);
  });
});

describe('saveQuote', () => {
  it('adds quotes one after the other, creating the source if needed, never twice', async () => {
    await saveQuote(db, post, 'First line.');
    await saveQuote(db, post, 'Second line.');
    await saveQuote(db, post, 'First line.');
    expect((await findSaved(db, tab.url))?.quote).toBe('First line.\n\nSecond line.');
    expect(await db.sources.count()).toBe(1);
  });

  it('refuses empty text', async () => {
    await expect(saveQuote(db, post, '  ')).rejects.toBeInstanceOf(NothingToSaveError);
  });
});

describe('saveLink', () => {
  it('saves a link once, titled with its text, from the page it was on', async () => {
    const { source } = await saveLink(
      db,
      { url: 'https://other.example/a?fbclid=1', text: 'A good read', fromPage: tab },
      5,
    );
    expect(source).toMatchObject({
      title: 'A good read',
      url: 'https://other.example/a',
      provenance: { pageUrl: 'https://blog.example/post' },
    });
    expect((await saveLink(db, { url: 'https://other.example/a' })).created).toBe(false);
  });

  it('titles a link without text by its address, and refuses non-web links', async () => {
    expect((await saveLink(db, { url: 'https://other.example/b/c' })).source.title).toBe('other.example/b/c');
    await expect(saveLink(db, { url: 'javascript:alert(1)' })).rejects.toBeInstanceOf(NothingToSaveError);
  });
});

describe('saveLink to a profile', () => {
  it('saves a person when the link is a profile a site adapter knows', async () => {
    const { source } = await saveLink(db, { url: 'https://github.com/octocat', text: 'The Octocat' });
    expect(source).toMatchObject({
      kind: 'person',
      title: 'The Octocat',
      url: 'https://github.com/octocat',
      category: 'experts',
    });
    expect(source.feeds.map((f) => f.url)).toContain('https://github.com/octocat.atom');
  });
});
