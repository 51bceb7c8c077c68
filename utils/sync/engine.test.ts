import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Settings } from '../settings';
import { canonical } from './hash';
import { fileName } from './layout';
import { recordTypes } from './records';
import { testDevice } from './test-devices';
import { converge, devicePair, done, filesUnder, withSyncServer } from './test-sync';
import { createWebDavClient, type SyncClient } from './webdav';

const context = withSyncServer();
const pair = (options: Parameters<typeof devicePair>[1] = {}) => devicePair(context, options);

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
    const c = testDevice('dev-c', { url: folder, server: context.server, key: context.key });
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

  it('reads again, once updated, what an older version refused: a goal written before the update arrives', async () => {
    const { a, b } = await pair();
    const older = new Map([...recordTypes()].filter(([name]) => name !== 'goal' && name !== 'journal'));
    const goal = {
      id: 'g1',
      title: 'Learn Rust',
      topics: [],
      status: 'active',
      createdAt: b.now(),
      updatedAt: b.now(),
    };
    b.store.put('goal', 'g1', goal);
    done(await b.sync());
    expect(done(await a.sync({ types: older })).refused).toContainEqual(
      expect.objectContaining({ type: 'goal', id: 'g1' }),
    );
    // Past the file: the older version does not read it again.
    done(await a.sync({ types: older }));
    expect(a.store.get('goal', 'g1')).toBeUndefined();
    // Updated: the files are read again from the start, once.
    expect(done(await a.sync())).toMatchObject({ refused: [] });
    expect(a.store.get('goal', 'g1')).toEqual(goal);
    expect(done(await a.sync())).toMatchObject({ received: 0 });
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
    const plain = createWebDavClient({ url, username: context.server.user, password: context.server.password });
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
