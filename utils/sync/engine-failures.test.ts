import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKey, deriveKey } from './crypto';
import { ClockSkew, Damaged, KeyChanged, Unauthorized, Unreachable, WrongPassphrase } from './errors';
import { openSyncFolder } from './folder';
import { canonical } from './hash';
import { fileName } from './layout';
import { testDevice } from './test-devices';
import { converge, devicePair, done, PASSPHRASE, snapshotOf, withSyncServer } from './test-sync';
import { createWebDavClient, type SyncClient } from './webdav';

const context = withSyncServer();
const pair = () => devicePair(context);

describe('what goes wrong, said plainly, with local data unchanged', () => {
  it('says Unauthorized for a wrong password', async () => {
    const { url, a } = await pair();
    a.save({ id: 's1', title: 'Kept' });
    const before = await snapshotOf(a);
    const wrong = createWebDavClient({ url, username: context.server.user, password: 'not the password' });
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
    const wrongKey = await deriveKey('not the passphrase', context.key.salt, context.key.iterations);
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
    const stopping = stopAfter(
      createWebDavClient({ url, username: context.server.user, password: context.server.password }),
      1,
    );
    try {
      await expect(b.sync({ client: stopping })).rejects.toBeInstanceOf(Unreachable);
      expect(await snapshotOf(b)).toBe(before);
    } finally {
      await context.server.start();
    }
    // The server stops as B uploads, after the local apply: B keeps what it applied, and its
    // file goes up on the next sync, under the same name.
    const stoppingOnPut = stopOnPut(
      createWebDavClient({ url, username: context.server.user, password: context.server.password }),
    );
    try {
      await expect(b.sync({ client: stoppingOnPut })).rejects.toBeInstanceOf(Unreachable);
    } finally {
      await context.server.start();
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
    await context.server.stop();
    try {
      await expect(a.sync()).rejects.toBeInstanceOf(Unreachable);
    } finally {
      await context.server.start();
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
    expect(await b.sync()).toEqual({ needsConfirmation: { deletes: 6, total: 10, where: 'remote', kind: 'source' } });
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
    expect(await b.sync()).toEqual({ needsConfirmation: { deletes: 10, total: 10, where: 'local', kind: 'source' } });
    done(await a.sync());
    expect(Object.keys(a.store.all('source'))).toHaveLength(10);
  });

  it('asks before a sync that would delete most of the journal, however many sources there are', async () => {
    const { a, b } = await pair();
    for (let i = 0; i < 30; i++) a.save({ id: `s${i}`, title: `Source ${i}` });
    for (let i = 0; i < 6; i++) {
      a.store.put('journal', `j${i}`, {
        id: `j${i}`,
        text: `Reflection ${i}`,
        createdAt: a.now(),
        goalIds: [],
        sourceIds: [],
      });
    }
    await converge(a, b);
    a.tick();
    for (let i = 0; i < 5; i++) a.store.remove('journal', `j${i}`);
    done(await a.sync({ confirmDeletes: true }));
    expect(await b.sync()).toEqual({ needsConfirmation: { deletes: 5, total: 6, where: 'remote', kind: 'journal' } });
    expect(Object.keys(b.store.all('journal'))).toHaveLength(6);
    done(await b.sync({ confirmDeletes: true }));
    expect(Object.keys(b.store.all('journal'))).toEqual(['j5']);
  });

  it('holds back the changes of a device whose clock is days ahead, and says so', async () => {
    const { url, a } = await pair();
    const ahead = testDevice('dev-ahead', {
      url,
      server: context.server,
      key: context.key,
      start: a.now() + 3 * 24 * 3_600_000,
    });
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
      if (path.includes('/devices/') && ++count >= gets) await context.server.stop();
      return bytes;
    },
  };
}

/** A client whose server stops as the first device file is uploaded. */
function stopOnPut(client: SyncClient): SyncClient {
  return {
    ...client,
    async put(path, bytes) {
      if (path.includes('/devices/')) await context.server.stop();
      return client.put(path, bytes);
    },
  };
}
