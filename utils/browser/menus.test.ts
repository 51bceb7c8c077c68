import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findSaved, type PlnDatabase } from '../db';
import { freshDatabase } from '../db/test-db';
import { registerMenus } from './menus';
import { fakeEvent, stand } from './test-browser';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

function fakeMenus() {
  const created: { id?: string | number; title?: string; contexts?: string[] }[] = [];
  const clicked = fakeEvent<[{ menuItemId: string | number; linkUrl?: string; linkText?: string }, object]>();
  stand(fakeBrowser.contextMenus, 'removeAll', () => Promise.resolve((created.length = 0)));
  stand(fakeBrowser.contextMenus, 'create', (item: (typeof created)[number]) => created.push(item));
  stand(fakeBrowser.contextMenus, 'onClicked', clicked);
  return { created, clicked };
}

const tab = { id: 3, windowId: 1, url: 'https://blog.example/post', title: 'A post' };

describe('context menus', () => {
  it('are created when the extension is installed and when the browser starts', async () => {
    const { created } = fakeMenus();
    registerMenus(db);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(created).toHaveLength(3));
    expect(created).toEqual([
      { id: 'save-page', title: 'Save page to PLN', contexts: ['page'] },
      { id: 'save-link', title: 'Save link to PLN', contexts: ['link'] },
      { id: 'save-quote', title: 'Save selection as quote', contexts: ['selection'] },
    ]);
    created.length = 0;
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(created).toHaveLength(3));
  });

  it('"Save link to PLN" saves the link, titled with its text, and says so on the tab’s icon', async () => {
    const { clicked } = fakeMenus();
    registerMenus(db);
    await clicked.trigger(
      { menuItemId: 'save-link', linkUrl: 'https://other.example/a?fbclid=1', linkText: 'A read' },
      tab,
    );
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('✓'));
    expect(await findSaved(db, 'https://other.example/a')).toMatchObject({ title: 'A read' });
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id })).toBe('In your learning network: A read');
  });

  it('says on the icon why a link cannot be saved, and ignores menus that are not its own', async () => {
    const { clicked } = fakeMenus();
    registerMenus(db);
    await clicked.trigger({ menuItemId: 'someone-else', linkUrl: 'https://other.example/' }, tab);
    await clicked.trigger({ menuItemId: 'save-link', linkUrl: 'javascript:alert(1)', linkText: 'x' }, tab);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('!'));
    expect(await fakeBrowser.action.getTitle({ tabId: tab.id })).toBe(
      'PLN Capture could not save: Nothing to save: the link is not a web address',
    );
    expect(await db.sources.count()).toBe(0);
  });
});
