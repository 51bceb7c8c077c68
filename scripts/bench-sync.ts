// Sync benchmarks, printed beside their targets (never a pass/fail test: timings on a busy
// machine are noisy, so they are measured here and read by people).
//
// Starts `rclone serve webdav` on 127.0.0.1 (utils/sync/test-server.ts), then with in-memory
// stores (the engine's store interface; the Dexie wiring adds IndexedDB's own time):
//   - first sync of 10,000 sources from device A (target < 30 s), and the same collection
//     arriving on device B;
//   - a sync of 10 changes on A, and B receiving them (target < 2 s each);
//   - the bytes on the server against the size of the collection.
// Then the same through the Dexie store the extension uses (utils/db/sync-store.ts), on
// fake-indexeddb: IndexedDB's own time in a browser differs, but the store's work (reading every
// record, one transaction for the merged batch) is all counted.
// Usage: node --import ./scripts/ts-hooks.mjs scripts/bench-sync.ts
import 'fake-indexeddb/auto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createKey } from '../utils/sync/crypto.ts';
import { canonical } from '../utils/sync/hash.ts';
import type { SyncResult } from '../utils/sync/engine.ts';
import { freshFolder, testDevice, type TestDevice } from '../utils/sync/test-devices.ts';
import { startTestServer } from '../utils/sync/test-server.ts';
import { syncOnce } from '../utils/sync/engine.ts';
import { Hlc } from '../utils/sync/hlc.ts';
import { createWebDavClient } from '../utils/sync/webdav.ts';
import { PlnDatabase } from '../utils/db/database.ts';
import { DexieSyncStore } from '../utils/db/sync-store.ts';
import type { SyncKey } from '../utils/sync/crypto.ts';
import type { Source } from '../utils/model/source.ts';

const COUNT = Number(process.env.BENCH_SOURCES ?? 10_000);

function row(label: string, value: string, target?: string) {
  console.log(`${label.padEnd(50)} ${value.padStart(22)}   ${target ? `target ${target}` : ''}`);
}

/** Wall time, and this process's CPU time (the machine may be busy with other work). */
async function timed(run: () => Promise<SyncResult>): Promise<{ ms: number; cpu: number; result: SyncResult }> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await run();
  if (result.needsConfirmation) throw new Error('The sync asked for confirmation');
  const cpu = process.cpuUsage(cpuStart);
  return { ms: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000, result };
}

const seconds = ({ ms, cpu }: { ms: number; cpu: number }) =>
  `${(ms / 1000).toFixed(2)} s (cpu ${(cpu / 1000).toFixed(2)})`;
const millis = ({ ms, cpu }: { ms: number; cpu: number }) => `${ms.toFixed(0)} ms (cpu ${cpu.toFixed(0)})`;

/** A made-up collection: people with profiles, publications, and articles linked to them. */
function fill(device: TestDevice, count: number) {
  const topics = ['learning', 'design', 'ml', 'writing', 'teaching', 'research', 'leadership', 'rust', 'history'];
  const people = Math.floor(count / 10);
  for (let i = 0; i < people; i++) {
    device.save({
      id: `person-${i}`,
      kind: 'person',
      category: 'experts',
      title: `Person number ${i}`,
      url: `https://person${i}.example/`,
      profiles: [
        { url: `https://github.com/person${i}`, site: 'GitHub', handle: `person${i}` },
        { url: `https://mastodon.example/@person${i}`, site: 'Mastodon' },
      ],
      topics: [topics[i % topics.length]!],
    });
  }
  for (let i = people; i < count; i++) {
    device.save({
      id: `article-${i}`,
      kind: 'article',
      title: `An article about ${topics[i % topics.length]} and other things, number ${i}`,
      url: `https://blog${i % 500}.example/posts/${i}-an-article-about-things`,
      description: 'A description of the article, as its page gave it, a sentence or two long. '.repeat(2),
      siteName: `Blog ${i % 500}`,
      creators: [`person-${i % people}`],
      topics: [topics[i % topics.length]!, topics[(i * 7) % topics.length]!],
      note: i % 3 === 0 ? `What I learned from article ${i}: quite a lot, in a few lines of notes.` : undefined,
    });
  }
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** The same collection through the Dexie store, each device a database on fake-indexeddb. */
async function benchDexie(key: SyncKey, collection: Record<string, Record<string, unknown>>) {
  const url = await freshFolder(server);
  const device = (id: string) => {
    const db = new PlnDatabase(`bench-${id}-${Date.now()}`);
    const store = new DexieSyncStore(db);
    const client = createWebDavClient({ url, username: server.user, password: server.password });
    const clock = new Hlc(id);
    return { db, sync: () => syncOnce({ store, client, key, deviceId: id, clock }) };
  };
  const a = device('dexie-a');
  const b = device('dexie-b');
  await a.db.sources.bulkPut(Object.values(collection) as unknown as Source[]);
  const first = await timed(() => a.sync());
  row(`Dexie: first sync of ${COUNT.toLocaleString('en')} sources (upload, A)`, seconds(first), '< 30 s');
  const arrive = await timed(() => b.sync());
  row(`Dexie: first sync of ${COUNT.toLocaleString('en')} sources (download, B)`, seconds(arrive), '< 30 s');
  const ids = (await a.db.sources.orderBy('id').primaryKeys()).slice(0, 10);
  const now = Date.now() + 60_000;
  for (const [i, id] of ids.entries()) await a.db.sources.update(id, { note: `Changed note ${i}`, updatedAt: now });
  const ten = await timed(() => a.sync());
  row('Dexie: sync of 10 changes (upload, A)', millis(ten), '< 2 s');
  const tenIn = await timed(() => b.sync());
  row('Dexie: sync of 10 changes (download, B)', millis(tenIn), '< 2 s');
  const idle = await timed(() => b.sync());
  row('Dexie: sync with nothing new (B)', millis(idle));
  const same =
    canonical(await a.db.sources.orderBy('id').toArray()) === canonical(await b.db.sources.orderBy('id').toArray());
  row('Dexie: A and B hold the same collection', same ? 'yes' : 'NO');
  a.db.close();
  b.db.close();
}

const server = await startTestServer();
try {
  const keyStart = performance.now();
  const { key } = await createKey('a passphrase for the benchmark');
  row('key from passphrase (PBKDF2-SHA-256, 600,000)', `${(performance.now() - keyStart).toFixed(0)} ms`);

  const url = await freshFolder(server);
  const a = testDevice('bench-a', { url, server, key });
  const b = testDevice('bench-b', { url, server, key });
  fill(a, COUNT);
  const collectionBytes = Buffer.byteLength(JSON.stringify(a.store.all('source')));

  const first = await timed(() => a.sync());
  row(`first sync of ${COUNT.toLocaleString('en')} sources (upload, A)`, seconds(first), '< 30 s');
  const arrive = await timed(() => b.sync());
  row(`first sync of ${COUNT.toLocaleString('en')} sources (download, B)`, seconds(arrive), '< 30 s');

  a.tick(60_000);
  for (let i = 0; i < 10; i++) a.edit(`article-${COUNT - 1 - i}`, { note: `Changed note ${i}` });
  const ten = await timed(() => a.sync());
  row('sync of 10 changes (upload, A)', millis(ten), '< 2 s');
  const tenIn = await timed(() => b.sync());
  row('sync of 10 changes (download, B)', millis(tenIn), '< 2 s');
  const idle = await timed(() => b.sync());
  row('sync with nothing new (B)', millis(idle));

  const same = canonical(a.store.all('source')) === canonical(b.store.all('source'));
  row('A and B hold the same collection', same ? 'yes' : 'NO');
  const serverBytes = await folderBytes(join(server.dir, new URL(url).pathname));
  row('collection as JSON', `${(collectionBytes / 1e6).toFixed(1)} MB`);
  row('on the server (encrypted, gzipped, both devices)', `${(serverBytes / 1e6).toFixed(1)} MB`);

  await benchDexie(key, a.store.all('source'));
} finally {
  await server.close();
}
