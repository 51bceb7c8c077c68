import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { saveSource } from '../db';
import { freshDatabase } from '../db/test-db';
import { updateSettings } from '../settings';
import { watchTabsForBadge } from './badge';

const POST = 'https://blog.example/post';

describe('watchTabsForBadge', () => {
  let setBadgeText: Mock<(details: { tabId?: number; text: string }) => Promise<void>>;
  let granted = true;

  beforeEach(() => {
    fakeBrowser.reset();
    granted = true;
    setBadgeText = vi.fn((_details: { tabId?: number; text: string }) => Promise.resolve());
    Object.assign(fakeBrowser.action, {
      setBadgeText,
      setBadgeBackgroundColor: vi.fn(() => Promise.resolve()),
      setTitle: vi.fn(() => Promise.resolve()),
    });
    Object.assign(fakeBrowser.permissions, { contains: vi.fn(() => Promise.resolve(granted)) });
  });

  afterEach(() => vi.restoreAllMocks());

  it('shows that a page is saved when its tab finishes loading, while the option is on', async () => {
    const db = freshDatabase();
    await saveSource(db, { kind: 'article', title: 'A post', url: POST });
    await updateSettings({ savedBadge: true });
    watchTabsForBadge(db);
    const tab = await browser.tabs.create({ url: POST });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, url: POST });
    await vi.waitFor(() => {
      expect(setBadgeText).toHaveBeenCalledWith({ tabId: tab.id, text: '✓' });
    });
  });

  it('does not touch the badge on tab updates while the option is off', async () => {
    const db = freshDatabase();
    await updateSettings({ savedBadge: false });
    const contains = vi.mocked(fakeBrowser.permissions.contains);
    watchTabsForBadge(db);
    const tab = await browser.tabs.create({ url: POST });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, url: POST });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { url: `${POST}#more` }, { ...tab, url: `${POST}#more` });
    // Neither the permission nor the database is consulted, and nothing is painted.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(contains).not.toHaveBeenCalled();
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  it('a tab closed in the middle of an update is no error: nothing rejects, nothing is logged', async () => {
    const db = freshDatabase();
    await updateSettings({ savedBadge: true });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      setBadgeText.mockImplementation(() => Promise.reject(new Error('Invalid tab ID: 4242')));
      watchTabsForBadge(db);
      await fakeBrowser.tabs.onUpdated.trigger(4242, { status: 'complete' }, { id: 4242, url: POST } as never);
      await vi.waitFor(() => {
        expect(setBadgeText).toHaveBeenCalled();
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('logs a badge failure on a tab that is still open', async () => {
    const db = freshDatabase();
    await updateSettings({ savedBadge: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    setBadgeText.mockImplementation(() => Promise.reject(new Error('something else')));
    watchTabsForBadge(db);
    const tab = await browser.tabs.create({ url: POST });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, { ...tab, url: POST });
    await vi.waitFor(() => {
      expect(warn).toHaveBeenCalled();
    });
  });
});
