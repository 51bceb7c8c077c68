import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeEvent, stand } from '../browser/test-browser';
import { findSaved, type PlnDatabase } from '../db';
import { freshDatabase } from '../db/test-db';
import { IMPORT_PORT, registerImportPort, type ImportJob } from './import-port';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

/** One end of a port, as the browser gives it: messages posted at one end arrive at the other. */
function fakePort(name: string, sender?: object) {
  const port = {
    name,
    sender,
    onMessage: fakeEvent<[unknown]>(),
    onDisconnect: fakeEvent<[]>(),
    posted: [] as unknown[],
    postMessage: (message: unknown) => void port.posted.push(message),
    disconnect: vi.fn(),
  };
  return port;
}

const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
const job: ImportJob = {
  kind: 'rows',
  fileName: 'bookmarks.html',
  format: 'bookmarks-html',
  rows: [
    { line: 1, kind: 'article', title: 'One', url: 'https://a.example/1' },
    { line: 2, kind: 'article', title: 'Two', url: 'https://a.example/2' },
    { line: 3, kind: 'article', title: 'Not a link', url: 'javascript:alert(1)' },
  ],
};

describe('the import port, in the background', () => {
  it('imports what an extension page sends, reports progress, then the outcome', async () => {
    const connect = fakeEvent<[ReturnType<typeof fakePort>]>();
    stand(fakeBrowser.runtime, 'onConnect', connect);
    const afterWrite = vi.fn();
    registerImportPort(db, { afterWrite });
    const port = fakePort(IMPORT_PORT, page);
    await connect.trigger(port);
    // The page sends the job's header, its lists in chunks, then the word to write it.
    const { rows, ...header } = job;
    await port.onMessage.trigger({ type: 'start', id: crypto.randomUUID(), ...header });
    await port.onMessage.trigger({ type: 'chunk', list: 'rows', items: rows });
    expect(await db.sources.count()).toBe(0); // nothing written before the commit
    await port.onMessage.trigger({ type: 'commit' });
    await vi.waitFor(() => expect(port.posted.at(-1)).toMatchObject({ type: 'done' }));
    expect(port.posted).toContainEqual({ type: 'progress', done: 2, total: 2 });
    expect(port.posted.at(-1)).toMatchObject({ outcome: { created: 2, merged: 0, skipped: 1 } });
    expect(await findSaved(db, 'https://a.example/2')).toMatchObject({ title: 'Two' });
    expect(afterWrite).toHaveBeenCalledTimes(1);
  });

  it('takes rows in several chunks, and a page that leaves before the commit leaves nothing behind', async () => {
    const connect = fakeEvent<[ReturnType<typeof fakePort>]>();
    stand(fakeBrowser.runtime, 'onConnect', connect);
    registerImportPort(db);
    const { rows, ...header } = job;
    const send = async (port: ReturnType<typeof fakePort>) => {
      await connect.trigger(port);
      await port.onMessage.trigger({ type: 'start', id: crypto.randomUUID(), ...header });
      for (const row of rows) await port.onMessage.trigger({ type: 'chunk', list: 'rows', items: [row] });
      expect(port.posted).toEqual(rows.map(() => ({ type: 'received' })));
    };
    const leaving = fakePort(IMPORT_PORT, page);
    await send(leaving);
    await leaving.onDisconnect.trigger();
    // What it sent is dropped: a commit that still arrived writes nothing.
    await leaving.onMessage.trigger({ type: 'commit' });
    expect(leaving.posted.at(-1)).toMatchObject({ type: 'error' });
    expect(await db.sources.count()).toBe(0);

    const port = fakePort(IMPORT_PORT, page);
    await send(port);
    await port.onMessage.trigger({ type: 'commit' });
    await vi.waitFor(() => expect(port.posted.at(-1)).toMatchObject({ type: 'done' }));
    expect(port.posted.at(-1)).toMatchObject({ outcome: { created: 2, merged: 0, skipped: 1 } });
    expect(await db.sources.count()).toBe(2);
  });

  it('says why a job is refused, and hangs up on anyone but the extension’s pages', async () => {
    const connect = fakeEvent<[ReturnType<typeof fakePort>]>();
    stand(fakeBrowser.runtime, 'onConnect', connect);
    registerImportPort(db);
    const stranger = fakePort(IMPORT_PORT, { id: fakeBrowser.runtime.id, url: 'https://evil.example/' });
    await connect.trigger(stranger);
    expect(stranger.disconnect).toHaveBeenCalled();
    const port = fakePort(IMPORT_PORT, page);
    await connect.trigger(port);
    await port.onMessage.trigger({ kind: 'everything' });
    await vi.waitFor(() => expect(port.posted).toEqual([expect.objectContaining({ type: 'error' })]));
    expect(await db.sources.count()).toBe(0);
  });
});
