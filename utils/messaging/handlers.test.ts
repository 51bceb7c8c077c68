import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlnDatabase } from '../db';
import { freshDatabase } from '../db/test-db';
import { createHandlers } from './handlers';
import { isExtensionPage } from './sender';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('isExtensionPage', () => {
  const id = 'abcdef';
  const origin = 'chrome-extension://abcdef/';
  it.each([
    [{ id, url: 'chrome-extension://abcdef/popup.html?tabId=3' }, true],
    [{ id, url: 'chrome-extension://abcdef/sidepanel.html' }, true],
    [{ id, url: 'https://evil.example/' }, false], // our own content script on a page
    [{ id: 'other', url: 'chrome-extension://abcdef/popup.html' }, false],
    [{ id }, false],
    [{}, false],
  ])('%j → %s', (sender, expected) => {
    expect(isExtensionPage(sender, id, origin)).toBe(expected);
  });
});

describe('createHandlers', () => {
  it('validates before writing', async () => {
    const handlers = createHandlers(db, () => 7);
    await expect(
      handlers.savePage({ page: { kind: 'article', title: 'x', url: 'javascript:alert(1)' } }),
    ).rejects.toThrow();
    await expect(handlers.savePage('not an object')).rejects.toThrow();
    await expect(handlers.removeSource({ id: 42 })).rejects.toThrow();
    await expect(handlers.updateSource({ kind: 'article', title: 'no id' })).rejects.toThrow(/names the source/);
    expect(await db.sources.count()).toBe(0);
  });

  it('saves, updates, removes and restores', async () => {
    const handlers = createHandlers(db, () => 7);
    const { source } = await handlers.savePage({ page: { kind: 'article', title: 'A', url: 'https://a.example/' } });
    expect(source.createdAt).toBe(7);
    const updated = await handlers.updateSource({ id: source.id, kind: 'article', title: 'B' });
    expect(updated.source.title).toBe('B');
    await handlers.removeSource({ id: source.id });
    expect(await db.sources.count()).toBe(0);
    expect((await handlers.restoreSource({ id: source.id })).title).toBe('B');
  });

  it('records a review, and refuses an action it does not know', async () => {
    const handlers = createHandlers(db, () => 7);
    const { source } = await handlers.savePage({ page: { kind: 'article', title: 'A', url: 'https://a.example/' } });
    await expect(handlers.reviewSource({ id: source.id, action: 'forget' })).rejects.toThrow();
    expect((await handlers.reviewSource({ id: source.id, action: 'reviewed' })).review).toEqual({ step: 1, at: 7 });
  });
});
