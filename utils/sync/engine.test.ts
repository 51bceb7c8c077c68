import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Settings } from '../settings';
import { createKey, deriveKey, type SyncKey } from './crypto';
import type { SyncDone, SyncResult } from './engine';
import { ClockSkew, Damaged, KeyChanged, Unauthorized, Unreachable, WrongPassphrase } from './errors';
import { openSyncFolder } from './folder';
import { canonical } from './hash';
import { fileName } from './layout';
import { recordTypes } from './records';
import { freshFolder, testDevice, type TestDevice } from './test-devices';
import { startTestServer, type TestServer } from './test-server';
import { createWebDavClient, type SyncClient } from './webdav';

const PASSPHRASE = 'a long passphrase for tests';
let server: TestServer;
let key: SyncKey;

beforeAll(async () => {
  server = await startTestServer();
  ({ key } = await createKey(PASSPHRASE));
});

afterAll(async () => {
  await server.close();
});

async function pair(options: { types?: ReturnType<typeof recordTypes> } = {}) {
  const url = await freshFolder(server);
  const a = testDevice('dev-a', { url, server, key, ...options });
  const b = testDevice('dev-b', { url, server, key, start: 1_700_000_000_500, ...options });
  return { url, a, b, dir: join(server.dir, new URL(url).pathname) };
}

function done(result: SyncResult): SyncDone {
  if (result.needsConfirmation) throw new Error(`The sync asks: ${JSON.stringify(result.needsConfirmation)}`);
  return result;
}

/** Syncs until both devices hold the same collection. */
async function converge(a: TestDevice, b: TestDevice) {
  done(await a.sync());
  done(await b.sync());
  done(await a.sync());
  expect(canonical(a.store.all('source'))).toBe(canonical(b.store.all('source')));
  expect(canonical(a.store.all('clip'))).toBe(canonical(b.store.all('clip')));
}

/** Everything a device holds, to check that a failed sync changed nothing. */
async function snapshotOf(device: TestDevice) {
  return canonical({
    records: await device.store.readRecords(),
    metas: await device.store.readMetas(),
    state: await device.store.loadState(),
  });
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('syncOnce between two devices through rclone serve webdav', () => {
  it('brings a source added on A to B', async () => {
    const { a, b } = await pair();
    a.save({ id: 's1', title: 'Learning in public', url: 'https://blog.example/learning' });
    const first = done(await a.sync());
    expect(first).toMatchObject({ received: 0, uploaded: 1, problems: [], refused: [] });
    const second = done(await b.sync());
    expect(second).toMatchObject({ received: 1, applied: 1 });
    expect(b.store.get('source', 's1')).toEqual(a.store.get('source', 's1'));
  });

  it('keeps a note edited on B and a title edited on A while both were offline', async () => {
    const { a, b } = await pair();
    a.save({ id: 's1', title: 'Original', url: 'https://blog.example/post' });
    await converge(a, b);
    a.tick();
    b.tick();
    a.edit('s1', { title: 'Title from A' });
    b.edit('s1', { note: 'Note from B' });
    await converge(a, b);
    expect(a.store.get('source', 's1')).toMatchObject({ title: 'Title from A', note: 'Note from B' });
  });

  it('keeps the later of two edits of one field, whichever device syncs last', async () => {
    const { a, b } = await pair();
    a.save({ id: 's1', title: 'Original' });
    await converge(a, b);
    b.tick(1_000);
    b.edit('s1', { title: 'Earlier, from B' });
    a.tick(60_000);
    a.edit('s1', { title: 'Later, from A' });
    // A syncs first, B last: B's earlier edit still loses.
    done(await a.sync());
    done(await b.sync());
    done(await a.sync());
    expect(a.store.get('source', 's1')?.title).toBe('Later, from A');
    expect(b.store.get('source', 's1')?.title).toBe('Later, from A');
  });

  it('keeps a source deleted on A and edited later on B, with the edit', async () => {
    const { a, b } = await pair();
    a.save({ id: 'gone', title: 'Deleted for good, then edited' });
    a.save({ id: 'trashed', title: 'Trashed, then edited' });
    await converge(a, b);
    a.tick(1_000);
    a.store.remove('source', 'gone');
    a.trash('trashed');
    b.tick(5_000);
    b.edit('gone', { note: 'Still useful' });
    b.edit('trashed', { note: 'Also useful' });
    await converge(a, b);
    expect(a.store.get('source', 'gone')).toMatchObject({ note: 'Still useful' });
    expect(a.store.get('source', 'trashed')).toMatchObject({ note: 'Also useful' });
    expect(a.store.get('source', 'trashed')).not.toHaveProperty('trashedAt');
  });

  it('deletes and trashes on B what A deleted and trashed after the last edit', async () => {
    const { a, b } = await pair();
    a.save({ id: 'gone', title: 'Deleted' });
    a.save({ id: 'trashed', title: 'Trashed' });
    a.save({ id: 'kept', title: 'Kept' });
    await converge(a, b);
    a.tick();
    a.store.remove('source', 'gone');
    a.trash('trashed');
    await converge(a, b);
    expect(b.store.get('source', 'gone')).toBeUndefined();
    expect(b.store.get('source', 'trashed')).toMatchObject({ trashedAt: a.now() });
    expect(Object.keys(b.store.all('source')).sort()).toEqual(['kept', 'trashed']);
  });

  it('makes one source of the same URL saved on both devices, and moves its clip and references', async () => {
    const { url: folder, a, b } = await pair();
    const url = 'https://blog.example/same-post';
    a.save({ id: 'zzz-from-a', title: 'Saved on A', url, topics: ['learning'] });
    b.save({ id: 'aaa-from-b', title: 'Saved on B', url, topics: ['writing'], note: 'B note' });
    b.save({ id: 'person', kind: 'person', category: 'experts', title: 'Ada' });
    a.save({ id: 'podcast', kind: 'podcast_episode', title: 'An episode', creators: ['zzz-from-a'] });
    a.store.put('clip', 'zzz-from-a', {
      sourceId: 'zzz-from-a',
      title: 'Saved on A',
      blocks: [{ type: 'p', text: 'The article text' }],
      truncated: false,
      words: 3,
      clippedAt: a.now(),
    });
    await converge(a, b);
    const sources = a.store.all('source');
    expect(Object.keys(sources).sort()).toEqual(['aaa-from-b', 'person', 'podcast']);
    expect(sources['aaa-from-b']).toMatchObject({ url, note: 'B note', aliases: [url] });
    expect(sources['aaa-from-b']?.topics).toEqual(expect.arrayContaining(['learning', 'writing']));
    expect(sources.podcast?.creators).toEqual(['aaa-from-b']);
    expect(b.store.get('clip', 'aaa-from-b')).toMatchObject({ sourceId: 'aaa-from-b', words: 3 });
    expect(b.store.get('clip', 'zzz-from-a')).toBeUndefined();
    // Later edits to the merged-away id, from a device that has not merged yet, land on the winner.
    const c = testDevice('dev-c', { url: folder, server, key });
    done(await c.sync());
    expect(canonical(c.store.all('source'))).toBe(canonical(a.store.all('source')));
  });

  it('syncs the settings that follow the person, merging lists as sets', async () => {
    const types = recordTypes({ settings: Settings.pick({ inPageSites: true }) });
    const { a, b } = await pair({ types });
    a.store.put('settings', 'settings', { inPageSites: ['youtube'] });
    await converge(a, b);
    a.tick();
    b.tick();
    a.store.put('settings', 'settings', { inPageSites: ['youtube', 'github'] });
    b.store.put('settings', 'settings', { inPageSites: [] });
    done(await a.sync());
    done(await b.sync());
    done(await a.sync());
    expect(a.store.get('settings', 'settings')).toEqual({ inPageSites: ['github'] });
    expect(b.store.get('settings', 'settings')).toEqual({ inPageSites: ['github'] });
  });

  it('never writes a title, URL, note or name in the clear on the server', async () => {
    const { a, b, dir } = await pair();
    a.save({
      id: 'zebra-source-id',
      title: 'Zebra-Unique-Title',
      url: 'https://zebra-unique-host.example/path',
      note: 'Zebra-unique-note',
    });
    b.save({ id: 'zebra-person-id', kind: 'person', category: 'mentors', title: 'Zebra-Unique-Name' });
    await converge(a, b);
    const files = await filesUnder(dir);
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const bytes = await readFile(file);
      const text = bytes.toString('latin1');
      // Not merely compressed: neither the file nor what follows its header is gzip.
      if (file.endsWith('.bin')) {
        expect(() => gunzipSync(bytes)).toThrow();
        expect(() => gunzipSync(bytes.subarray(13))).toThrow();
      }
      // (Strings of 5 or more characters: a shorter one could turn up by chance in random bytes.)
      for (const secret of ['Zebra', 'zebra', 'Unique', 'unique', 'example', 'person-id', 'source-id']) {
        expect(text, `${file} holds ${secret}`).not.toContain(secret);
      }
    }
  });

  it('keeps, through compaction, every change the other device had not seen', async () => {
    const { a, b, dir } = await pair();
    a.save({ id: 's0', title: 'First' });
    await converge(a, b);
    // B goes offline while A writes many logs, then compacts them into a snapshot.
    for (let i = 1; i <= 5; i++) {
      a.tick();
      a.save({ id: `s${i}`, title: `Source ${i}` });
      a.edit('s0', { note: `note ${i}` });
      done(await a.sync({ compaction: { maxLogs: 3 } }));
    }
    const onServer = (await readdir(join(dir, 'pln-capture/devices/dev-a'))).sort();
    expect(onServer.some((name) => name.startsWith('snapshot-'))).toBe(true);
    expect(onServer).not.toContain(fileName('log', 2));
    const result = done(await b.sync());
    expect(result.problems).toEqual([]);
    expect(canonical(b.store.all('source'))).toBe(canonical(a.store.all('source')));
    expect(b.store.get('source', 's0')?.note).toBe('note 5');
  });

  it('reads the snapshot instead when the logs it listed are compacted away as it reads', async () => {
    const { url, a, b } = await pair();
    for (let i = 0; i < 3; i++) {
      a.tick();
      a.save({ id: `s${i}`, title: `Source ${i}` });
      done(await a.sync());
    }
    let compacted = false;
    const plain = createWebDavClient({ url, username: server.user, password: server.password });
    const racing: SyncClient = {
      ...plain,
      async get(path) {
        if (path.includes('/dev-a/') && !compacted) {
          compacted = true;
          a.tick();
          a.save({ id: 'late', title: 'Written as B reads' });
          expect(done(await a.sync({ compaction: { maxLogs: 1 } })).compacted).toBe(true);
        }
        return plain.get(path);
      },
    };
    const result = done(await b.sync({ client: racing }));
    expect(result.problems).toEqual([]);
    expect(canonical(b.store.all('source'))).toBe(canonical(a.store.all('source')));
  });

  it('lets two devices sync at the same moment without overwriting each other', async () => {
    const { a, b, dir } = await pair();
    a.save({ id: 'a1', title: 'From A' });
    b.save({ id: 'b1', title: 'From B' });
    // Both set the folder up at once, then both sync changes at once.
    await Promise.all([a.sync(), b.sync()]);
    a.tick();
    b.tick();
    a.save({ id: 'a2', title: 'Also from A' });
    b.edit('b1', { note: 'Edited on B' });
    await Promise.all([a.sync(), b.sync()]);
    await converge(a, b);
    expect(Object.keys(a.store.all('source')).sort()).toEqual(['a1', 'a2', 'b1']);
    expect(a.store.get('source', 'b1')?.note).toBe('Edited on B');
    expect((await readdir(join(dir, 'pln-capture/devices'))).sort()).toEqual(['dev-a', 'dev-b']);
  });

  it('merges again when the app edits a record during the sync, losing neither edit', async () => {
    const { a, b } = await pair();
    a.save({ id: 's1', title: 'Original' });
    await converge(a, b);
    a.tick();
    a.edit('s1', { title: 'Title from A' });
    done(await a.sync());
    b.tick();
    b.store.beforeApply = () => b.edit('s1', { note: 'Typed during the sync' });
    done(await b.sync());
    expect(b.store.get('source', 's1')).toMatchObject({ title: 'Title from A', note: 'Typed during the sync' });
    await converge(a, b);
  });
});

describe('what goes wrong, said plainly, with local data unchanged', () => {
  it('says Unauthorized for a wrong password', async () => {
    const { url, a } = await pair();
    a.save({ id: 's1', title: 'Kept' });
    const before = await snapshotOf(a);
    const wrong = createWebDavClient({ url, username: server.user, password: 'not the password' });
    await expect(a.sync({ client: wrong })).rejects.toBeInstanceOf(Unauthorized);
    expect(await snapshotOf(a)).toBe(before);
  });

  it('says WrongPassphrase for a wrong passphrase, at setup and at sync', async () => {
    const { a, b } = await pair();
    a.save({ id: 's1', title: 'On A' });
    done(await a.sync());
    b.save({ id: 's2', title: 'On B' });
    const before = await snapshotOf(b);
    await expect(openSyncFolder(b.client, 'not the passphrase')).rejects.toBeInstanceOf(WrongPassphrase);
    const wrongKey = await deriveKey('not the passphrase', key.salt, key.iterations);
    await expect(b.sync({ key: wrongKey })).rejects.toBeInstanceOf(WrongPassphrase);
    expect(await snapshotOf(b)).toBe(before);
    const right = await openSyncFolder(b.client, PASSPHRASE);
    done(await b.sync({ key: right }));
    expect(b.store.get('source', 's1')).toMatchObject({ title: 'On A' });
  });

  it('says KeyChanged when the folder was set up again with another key, and rewrites its files with it', async () => {
    const { a, b, dir } = await pair();
    a.save({ id: 's1', title: 'Before the new key' });
    done(await a.sync());
    const other = await createKey(PASSPHRASE);
    await writeFile(join(dir, 'pln-capture/keyinfo.json'), JSON.stringify(other.keyInfo));
    await expect(a.sync()).rejects.toBeInstanceOf(KeyChanged);
    // The person enters the passphrase again: A's files are rewritten with the new key.
    const newKey = await openSyncFolder(a.client, PASSPHRASE);
    expect(done(await a.sync({ key: newKey })).compacted).toBe(true);
    done(await b.sync({ key: newKey }));
    expect(b.store.get('source', 's1')).toMatchObject({ title: 'Before the new key' });
  });

  it('refuses a file cut or altered on the server, and converges once it is repaired', async () => {
    const { a, b, dir } = await pair();
    a.save({ id: 's1', title: 'Before' });
    await converge(a, b);
    a.tick();
    a.edit('s1', { title: 'After' });
    a.save({ id: 's2', title: 'New' });
    done(await a.sync());
    const [log] = (await readdir(join(dir, 'pln-capture/devices/dev-a')))
      .filter((n) => n.startsWith('log-'))
      .sort()
      .reverse();
    const path = join(dir, 'pln-capture/devices/dev-a', log!);
    const original = await readFile(path);

    await writeFile(path, original.subarray(0, original.length - 7));
    const before = await snapshotOf(b);
    const cut = done(await b.sync());
    expect(cut.problems).toEqual([expect.objectContaining({ device: 'dev-a', error: expect.any(Damaged) })]);
    expect(canonical({ ...JSON.parse(before), state: undefined })).toBe(
      canonical({ ...JSON.parse(await snapshotOf(b)), state: undefined }),
    );
    expect(b.store.get('source', 's1')?.title).toBe('Before');

    const altered = Buffer.from(original);
    altered[40] = (altered[40] ?? 0) ^ 0xff;
    await writeFile(path, altered);
    expect(done(await b.sync()).problems).toHaveLength(1);
    expect(b.store.get('source', 's2')).toBeUndefined();

    // Put back as it was: the next sync applies it.
    await writeFile(path, original);
    expect(done(await b.sync()).problems).toEqual([]);
    expect(b.store.get('source', 's1')?.title).toBe('After');
    await converge(a, b);
  });

  it('has the writing device replace a file removed from the server, and converges', async () => {
    const { a, b, dir } = await pair();
    a.save({ id: 's1', title: 'One' });
    await converge(a, b);
    a.tick();
    a.save({ id: 's2', title: 'Two' });
    done(await a.sync());
    a.tick();
    a.save({ id: 's3', title: 'Three' });
    done(await a.sync());
    const folder = join(dir, 'pln-capture/devices/dev-a');
    const logs = (await readdir(folder)).filter((n) => n.startsWith('log-')).sort();
    await rm(join(folder, logs[logs.length - 2]!));
    // B cannot go past the missing file yet.
    done(await b.sync());
    expect(b.store.get('source', 's2')).toBeUndefined();
    // A sees its file is gone and writes a snapshot that stands in for it.
    expect(done(await a.sync()).compacted).toBe(true);
    done(await b.sync());
    expect(b.store.get('source', 's3')).toMatchObject({ title: 'Three' });
    expect(canonical(b.store.all('source'))).toBe(canonical(a.store.all('source')));
  });

  it('says Unreachable when the server stops mid-sync, applies nothing half, and resumes', async () => {
    const { url, a, b, dir } = await pair();
    for (let i = 0; i < 3; i++) {
      a.tick();
      a.save({ id: `s${i}`, title: `Source ${i}` });
      done(await a.sync());
    }
    b.save({ id: 'mine', title: 'From B' });
    const before = await snapshotOf(b);
    // The server stops after B has downloaded A's first file.
    const stopping = stopAfter(createWebDavClient({ url, username: server.user, password: server.password }), 1);
    try {
      await expect(b.sync({ client: stopping })).rejects.toBeInstanceOf(Unreachable);
      expect(await snapshotOf(b)).toBe(before);
    } finally {
      await server.start();
    }
    // The server stops as B uploads, after the local apply: B keeps what it applied, and its
    // file goes up on the next sync, under the same name.
    const stoppingOnPut = stopOnPut(createWebDavClient({ url, username: server.user, password: server.password }));
    try {
      await expect(b.sync({ client: stoppingOnPut })).rejects.toBeInstanceOf(Unreachable);
    } finally {
      await server.start();
    }
    expect(Object.keys(b.store.all('source')).sort()).toEqual(['mine', 's0', 's1', 's2']);
    await converge(a, b);
    expect(a.store.get('source', 'mine')).toMatchObject({ title: 'From B' });
    // The upload that failed went up under the number it was given.
    expect(await readdir(join(dir, 'pln-capture/devices/dev-b'))).toEqual([fileName('log', 1)]);
  });

  it('says Unreachable when the server is down, before touching anything', async () => {
    const { a } = await pair();
    a.save({ id: 's1', title: 'Kept' });
    const before = await snapshotOf(a);
    await server.stop();
    try {
      await expect(a.sync()).rejects.toBeInstanceOf(Unreachable);
    } finally {
      await server.start();
    }
    expect(await snapshotOf(a)).toBe(before);
  });

  it('asks before a sync that would delete 60% of the collection, then goes on when told', async () => {
    const { a, b } = await pair();
    for (let i = 0; i < 10; i++) a.save({ id: `s${i}`, title: `Source ${i}` });
    await converge(a, b);
    a.tick();
    for (let i = 0; i < 4; i++) a.trash(`s${i}`);
    for (let i = 4; i < 6; i++) a.store.remove('source', `s${i}`);
    done(await a.sync({ confirmDeletes: true }));
    const before = await snapshotOf(b);
    expect(await b.sync()).toEqual({ needsConfirmation: { deletes: 6, total: 10, where: 'remote' } });
    expect(await snapshotOf(b)).toBe(before);
    done(await b.sync({ confirmDeletes: true }));
    expect(Object.keys(b.store.all('source'))).toHaveLength(8);
    expect(Object.values(b.store.all('source')).filter((s) => s.trashedAt === undefined)).toHaveLength(4);
  });

  it('does not trip on a few deletes, nor on a small share', async () => {
    const { a, b } = await pair();
    for (let i = 0; i < 20; i++) a.save({ id: `s${i}`, title: `Source ${i}` });
    await converge(a, b);
    a.tick();
    for (let i = 0; i < 8; i++) a.store.remove('source', `s${i}`);
    done(await a.sync());
    done(await b.sync());
    expect(Object.keys(b.store.all('source'))).toHaveLength(12);
  });

  it('asks before uploading the deletion of most of the collection found here (an emptied database)', async () => {
    const { a, b } = await pair();
    for (let i = 0; i < 10; i++) a.save({ id: `s${i}`, title: `Source ${i}` });
    await converge(a, b);
    for (let i = 0; i < 10; i++) b.store.remove('source', `s${i}`);
    expect(await b.sync()).toEqual({ needsConfirmation: { deletes: 10, total: 10, where: 'local' } });
    done(await a.sync());
    expect(Object.keys(a.store.all('source'))).toHaveLength(10);
  });

  it('holds back the changes of a device whose clock is days ahead, and says so', async () => {
    const { url, a } = await pair();
    const ahead = testDevice('dev-ahead', { url, server, key, start: a.now() + 3 * 24 * 3_600_000 });
    ahead.save({ id: 'future', title: 'From the future' });
    done(await ahead.sync());
    const result = done(await a.sync());
    expect(result.problems).toEqual([expect.objectContaining({ device: 'dev-ahead', error: expect.any(ClockSkew) })]);
    expect(a.store.get('source', 'future')).toBeUndefined();
  });
});

/** A client whose server stops after `gets` downloads of device files. */
function stopAfter(client: SyncClient, gets: number): SyncClient {
  let count = 0;
  return {
    ...client,
    async get(path) {
      const bytes = await client.get(path);
      if (path.includes('/devices/') && ++count >= gets) await server.stop();
      return bytes;
    },
  };
}

/** A client whose server stops as the first device file is uploaded. */
function stopOnPut(client: SyncClient): SyncClient {
  return {
    ...client,
    async put(path, bytes) {
      if (path.includes('/devices/')) await server.stop();
      return client.put(path, bytes);
    },
  };
}
