import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type PlnDatabase, saveSource } from '../db';
import { freshDatabase } from '../db/test-db';
import { registerInPageHandlers, trustedTab } from '../inpage/handlers';
import { updateSettings } from '../settings';
import { registerMessageHandlers } from './register';
import { sendAs as send } from './test-send';

/**
 * The sender checks as the background wires them: a message goes through the browser's
 * runtime.onMessage with the sender the browser reports, exactly as in the extension. Writes are
 * taken from the extension's own pages only; the in-page button's messages from this extension's
 * content script on a site the person enabled only.
 */
const ID = fakeBrowser.runtime.id;
const PAGE = { id: ID, url: `chrome-extension://${ID}/sidepanel.html` };
const CONTENT_SCRIPT = { id: ID, url: 'https://evil.example/post', tab: { id: 7, url: 'https://evil.example/post' } };
const ON_YOUTUBE = {
  id: ID,
  url: 'https://www.youtube.com/@ada',
  tab: { id: 8, url: 'https://www.youtube.com/@ada', title: 'Ada', windowId: 1 },
};
const OTHER_EXTENSION = { id: 'another-extension', url: 'chrome-extension://another-extension/popup.html' };
const WEB_PAGE = { url: 'https://evil.example/', tab: { id: 9, url: 'https://evil.example/' } };
const LOOKALIKE = { id: ID, url: `chrome-extension://${ID}.evil.example/sidepanel.html` };

let db: PlnDatabase;
let writes = 0;
beforeAll(async () => {
  db = freshDatabase();
  // One registration per context, as in the background (the messaging library allows one).
  registerMessageHandlers(db, { afterWrite: () => (writes += 1) });
  registerInPageHandlers(db);
  await updateSettings({ inPageSites: ['youtube'] });
});

const capture = { page: { kind: 'article', title: 'Forged', url: 'https://evil.example/forged' } };

describe('messages that write', () => {
  it('are taken from an extension page', async () => {
    const { res, err } = await send('savePage', capture, PAGE);
    expect(err).toBeUndefined();
    expect(res).toMatchObject({ created: true, source: { title: 'Forged' } });
    expect(writes).toBe(1);
  });

  it.each([
    ['a content script (this extension, in a web page)', CONTENT_SCRIPT],
    ['another extension', OTHER_EXTENSION],
    ['a web page', WEB_PAGE],
    ['an address that only starts like the extension', LOOKALIKE],
    ['a sender the browser did not name', {}],
  ])('are refused from %s, and write nothing', async (_, sender) => {
    const before = await db.sources.toArray();
    const { res, err } = await send(
      'savePage',
      { page: { ...capture.page, url: 'https://evil.example/other' } },
      sender,
    );
    expect(res).toBeUndefined();
    expect(err?.message).toMatch(/^Refused savePage: not sent by an extension page/);
    const { err: removeErr } = await send('removeSource', { id: before[0]?.id }, sender);
    expect(removeErr?.message).toMatch(/^Refused removeSource/);
    expect(await db.sources.toArray()).toEqual(before);
    expect(writes).toBe(1);
  });
});

describe("the in-page button's messages", () => {
  it('answer this extension’s content script on a site the person enabled', async () => {
    await saveSource(db, { kind: 'person', title: 'Ada', url: 'https://www.youtube.com/@ada' });
    expect(await send('inPageState', undefined, ON_YOUTUBE)).toEqual({ res: { saved: true, title: 'Ada' } });
    expect(await trustedTab(ON_YOUTUBE)).toEqual({
      id: 8,
      url: 'https://www.youtube.com/@ada',
      title: 'Ada',
      windowId: 1,
    });
  });

  it.each([
    ['an extension page (no tab)', PAGE, /not from a tab/],
    ['another extension, in a tab on an enabled site', { ...ON_YOUTUBE, id: 'another-extension' }, /not from a tab/],
    ['a web page that is not this extension', { url: ON_YOUTUBE.url, tab: ON_YOUTUBE.tab }, /not from a tab/],
    ['this extension’s script on a site not enabled', CONTENT_SCRIPT, /off on this site/],
    ['a site the person has not turned on', { ...ON_YOUTUBE, tab: { id: 8, url: 'https://github.com/ada' } }, /off/],
  ])('are refused from %s', async (_, sender, why) => {
    const before = await db.sources.toArray();
    await expect(trustedTab(sender)).rejects.toThrow(why);
    const state = await send('inPageState', undefined, sender);
    expect(state.err?.message).toMatch(why);
    const save = await send('inPageSave', undefined, sender);
    expect(save.err?.message).toMatch(why);
    expect(await db.sources.toArray()).toEqual(before);
  });
});
