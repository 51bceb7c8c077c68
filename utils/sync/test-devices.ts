import { testSource } from '../model/test-source';
import type { SyncKey } from './crypto';
import { syncOnce, type SyncOptions, type SyncResult } from './engine';
import { Hlc } from './hlc';
import { MemoryStore } from './memory-store';
import type { Values } from './record-state';
import type { RecordTypes } from './records';
import type { TestServer } from './test-server';
import { createWebDavClient, type SyncClient } from './webdav';

/**
 * Devices for sync tests and benchmarks: an in-memory store, a hybrid logical clock on a wall
 * clock the test moves, and a WebDAV client on a folder of the test server.
 */

export interface TestDevice {
  id: string;
  store: MemoryStore;
  clock: Hlc;
  /** This device's wall clock, in epoch ms; `tick` moves it on. */
  now(): number;
  tick(ms?: number): void;
  client: SyncClient;
  sync(options?: Partial<SyncOptions>): Promise<SyncResult>;
  /** Saves a source as the app would (a valid stored source, stamped with this device's time). */
  save(fields: Partial<Values> & { id: string }): Values;
  /** Edits a source's fields, as the app would (updatedAt moves on). */
  edit(id: string, fields: Partial<Values>): Values;
  trash(id: string): void;
}

let serial = 0;

/** A folder of its own on the test server, for one test. */
export async function freshFolder(server: TestServer): Promise<string> {
  const name = `t${Date.now().toString(36)}-${(serial += 1)}`;
  const root = createWebDavClient({ url: server.url, username: server.user, password: server.password });
  await root.ensureDir(name);
  return `${server.url}${name}/`;
}

export function testDevice(
  id: string,
  options: { url: string; server: TestServer; key: SyncKey; start?: number; types?: RecordTypes },
): TestDevice {
  let wall = options.start ?? 1_700_000_000_000;
  const store = new MemoryStore();
  const clock = new Hlc(id, { wallClock: () => wall });
  const client = createWebDavClient({
    url: options.url,
    username: options.server.user,
    password: options.server.password,
  });
  const device: TestDevice = {
    id,
    store,
    clock,
    now: () => wall,
    tick: (ms = 1_000) => {
      wall += ms;
    },
    client,
    sync: (extra = {}) =>
      syncOnce({
        store,
        client,
        key: options.key,
        deviceId: id,
        clock,
        now: () => wall,
        ...(options.types ? { types: options.types } : {}),
        ...extra,
      }),
    save(fields) {
      const values: Values = {
        ...testSource({ createdAt: wall, updatedAt: wall, ...(fields as Parameters<typeof testSource>[0]) }),
      };
      if (typeof values.url === 'string') values.aliases = [values.url];
      store.put('source', fields.id, values);
      return values;
    },
    edit(sourceId, fields) {
      const current = store.get('source', sourceId);
      if (!current) throw new Error(`No source ${sourceId} on ${id}`);
      const values = { ...current, ...fields, updatedAt: wall };
      store.put('source', sourceId, values);
      return values;
    },
    trash(sourceId) {
      // As the app's trash: the source unchanged, and when it went in.
      const current = store.get('source', sourceId);
      if (!current) throw new Error(`No source ${sourceId} on ${id}`);
      store.put('source', sourceId, { ...current, trashedAt: wall });
    },
  };
  return device;
}
