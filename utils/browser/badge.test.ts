import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSource, type PlnDatabase } from '../db';
import { freshDatabase } from '../db/test-db';
import { updateSettings } from '../settings';
import { refreshBadges, watchTabsForBadge } from './badge';
import { stand } from './test-browser';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const badge = (tabId: number | undefined) => fakeBrowser.action.getBadgeText({ tabId });

/** The saved-state option, and whether the person granted `tabs` (which it needs). */
async function option(on: boolean, granted = true) {
  stand(fakeBrowser.permissions, 'contains', () => Promise.resolve(granted));
  await updateSettings({ savedBadge: on });
}

describe('the saved-state badge', () => {
  it('marks every tab whose page is saved, once the option is on', async () => {
    await saveSource(db, { kind: 'article', title: 'Saved', url: 'https://blog.example/post' });
    const saved = await fakeBrowser.tabs.create({ url: 'https://blog.example/post?utm_source=x' });
    const other = await fakeBrowser.tabs.create({ url: 'https://blog.example/other' });
    await option(true);
    await refreshBadges(db);
    expect(await badge(saved.id)).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: saved.id })).toBe('In your learning network: Saved');
    expect(await badge(other.id)).toBe('');
  });

  it('is cleared when the option goes off, and left alone after a write while it is off', async () => {
    await saveSource(db, { kind: 'article', title: 'Saved', url: 'https://blog.example/post' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://blog.example/post' });
    await option(true);
    await refreshBadges(db);
    await option(false);
    await fakeBrowser.action.setBadgeText({ tabId: tab.id, text: 'x' });
    await refreshBadges(db, { whenOn: true });
    expect(await badge(tab.id)).toBe('x');
    await refreshBadges(db);
    expect(await badge(tab.id)).toBe('');
  });

  it('needs the tabs permission', async () => {
    await saveSource(db, { kind: 'article', title: 'Saved', url: 'https://blog.example/post' });
    const tab = await fakeBrowser.tabs.create({ url: 'https://blog.example/post' });
    await option(true, false);
    await refreshBadges(db);
    expect(await badge(tab.id)).toBe('');
  });

  it('follows a tab to a saved page', async () => {
    await saveSource(db, { kind: 'article', title: 'Saved', url: 'https://blog.example/post' });
    await option(true);
    watchTabsForBadge(db);
    const tab = await fakeBrowser.tabs.create({ url: 'https://blog.example/other' });
    await fakeBrowser.tabs.onUpdated.trigger(
      tab.id!,
      { url: 'https://blog.example/post' },
      { ...tab, url: 'https://blog.example/post' },
    );
    await vi.waitFor(async () => expect(await badge(tab.id)).toBe('✓'));
  });

  it('does not touch the badge on tab updates while the option is off', async () => {
    await saveSource(db, { kind: 'article', title: 'Saved', url: 'https://blog.example/post' });
    await option(false);
    let optionOn = false;
    /** Whether the option was on at each time the permission was asked for. */
    const asked: boolean[] = [];
    stand(fakeBrowser.permissions, 'contains', () => {
      asked.push(optionOn);
      return Promise.resolve(true);
    });
    watchTabsForBadge(db);
    const tab = await fakeBrowser.tabs.create({ url: 'https://blog.example/post' });
    await fakeBrowser.action.setBadgeText({ tabId: tab.id, text: 'x' });
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
    // Once it has read the option (off), the same update with the option on: when that one has
    // painted, the one before it is long done.
    await vi.waitFor(() => expect(reads).toHaveBeenCalled());
    await Promise.all(reads.mock.results.map((r) => r.value as Promise<unknown>));
    optionOn = true;
    await updateSettings({ savedBadge: true });
    await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
    await vi.waitFor(async () => expect(await badge(tab.id)).toBe('✓'));
    // While it was off, neither the permission nor the database was consulted, nor the badge touched.
    expect(asked).not.toContain(false);
    expect(asked).toContain(true);
    expect(setBadgeText.mock.calls).toEqual([[{ tabId: tab.id, text: '✓' }]]);
  });

  it('takes a tab closed in the middle of an update for no error: nothing rejects, nothing is logged', async () => {
    await option(true);
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const setBadgeText = vi.fn(() => Promise.reject(new Error('Invalid tab ID: 4242')));
    stand(fakeBrowser.action, 'setBadgeText', setBadgeText);
    try {
      watchTabsForBadge(db);
      await fakeBrowser.tabs.onUpdated.trigger(4242, { status: 'complete' }, {
        id: 4242,
        url: 'https://blog.example/post',
      } as never);
      await vi.waitFor(() => {
        expect(setBadgeText).toHaveBeenCalled();
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
      warn.mockRestore();
    }
  });

  it('logs a badge failure on a tab that is still open', async () => {
    await option(true);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    stand(fakeBrowser.action, 'setBadgeText', () => Promise.reject(new Error('something else')));
    try {
      watchTabsForBadge(db);
      const tab = await fakeBrowser.tabs.create({ url: 'https://blog.example/post' });
      await fakeBrowser.tabs.onUpdated.trigger(tab.id!, { status: 'complete' }, tab);
      await vi.waitFor(() => {
        expect(warn).toHaveBeenCalled();
      });
    } finally {
      warn.mockRestore();
    }
  });
});
