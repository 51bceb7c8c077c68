import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSource, saveSource, type PlnDatabase } from '../db';
import { freshDatabase } from '../db/test-db';
import { registerMessageHandlers } from './register';
import { sendAs as send } from './test-send';

let db: PlnDatabase;
let unregister: (() => void) | undefined;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => {
  unregister?.();
  fakeBrowser.reset();
  return db.delete();
});

const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };

describe('registerMessageHandlers', () => {
  it('answers the extension’s own pages, and runs afterWrite after a write', async () => {
    const afterWrite = vi.fn();
    unregister = registerMessageHandlers(db, { afterWrite });
    const { source } = await saveSource(db, { kind: 'article', title: 'A', url: 'https://a.example/' });
    const answer = await send('updateSource', { id: source.id, kind: 'article', title: 'B' }, page);
    expect(answer.res).toMatchObject({ created: false, source: { title: 'B' } });
    expect(afterWrite).toHaveBeenCalledTimes(1);
    await send('recordVisit', { id: source.id }, page);
    expect(afterWrite).toHaveBeenCalledTimes(1); // a visit changes nothing that is saved
    expect((await getSource(db, source.id))?.visits).toBe(1);
  });

  it('refuses content scripts and other extensions, and what does not validate', async () => {
    unregister = registerMessageHandlers(db);
    const { source } = await saveSource(db, { kind: 'article', title: 'A', url: 'https://a.example/' });
    const fromPage = await send(
      'removeSource',
      { id: source.id },
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/' },
    );
    expect(fromPage.err?.message).toBe('Refused removeSource: not sent by an extension page');
    const fromOther = await send('removeSource', { id: source.id }, { id: 'other', url: page.url });
    expect(fromOther.err).toBeDefined();
    const invalid = await send('removeSource', { id: 42 }, page);
    expect(invalid.err).toBeDefined();
    expect(await getSource(db, source.id)).toEqual(source);
  });
});
