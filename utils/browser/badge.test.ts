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
});
