import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findSaved, type PlnDatabase } from '../db';
import { freshDatabase } from '../db/test-db';
import { COMMANDS, onCommand, registerCommands } from './commands';
import { fakeEvent, stand } from './test-browser';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

function fakeCommands() {
  const command = fakeEvent<[string, object | undefined]>();
  stand(fakeBrowser.commands, 'onCommand', command);
  return command;
}

describe('keyboard commands', () => {
  it('"save page" saves what the page in front says', async () => {
    const command = fakeCommands();
    const tab = await fakeBrowser.tabs.create({ url: 'https://blog.example/post?utm_source=x' });
    // The page, as the extraction script injected into it reads it.
    stand(fakeBrowser.scripting, 'executeScript', () =>
      Promise.resolve([
        { result: { pageUrl: tab.url, url: 'https://blog.example/post', title: 'Read me', kind: 'article' } },
      ]),
    );
    registerCommands(db);
    await command.trigger(COMMANDS.savePage, tab);
    await vi.waitFor(async () =>
      expect(await findSaved(db, 'https://blog.example/post')).toMatchObject({ title: 'Read me' }),
    );
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: tab.id })).toBe('✓'));
  });

  it('"open side panel" opens the panel of the window in front', async () => {
    const command = fakeCommands();
    const open = vi.fn(() => Promise.resolve());
    stand(fakeBrowser.sidePanel, 'open', open);
    registerCommands(db);
    await command.trigger(COMMANDS.openSidePanel, { id: 4, windowId: 9 });
    await vi.waitFor(() => expect(open).toHaveBeenCalledWith({ windowId: 9 }));
    expect(await db.sources.count()).toBe(0);
  });

  it('ignores commands that are not its own', async () => {
    const open = vi.fn(() => Promise.resolve());
    stand(fakeBrowser.sidePanel, 'open', open);
    expect(await onCommand(db, 'something-else', { id: 4, windowId: 9, index: 0 } as never)).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
    expect(await db.sources.count()).toBe(0);
  });
});
