import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from '../errors';
import { PlnDatabase } from './database';
import { listSources } from './sources';

/**
 * A newer version of the extension upgraded the database, then this older one was installed (a
 * downgrade): it must say so, never read it as empty, and never change or wipe it.
 */
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const STORES = {
  sources:
    'id, &url, kind, category, status, *topics, *creators, createdAt, updatedAt, provenance.pageUrl, lastVisitedAt, *aliases',
  trash: 'id, deletedAt',
  clips: 'sourceId, clippedAt',
  imports: 'id, createdAt',
};
const SOURCE = {
  id: 'a1',
  kind: 'article',
  category: 'blogs',
  title: 'Saved by the newer version',
  url: 'https://blog.example/a',
  aliases: ['https://blog.example/a'],
  creators: [],
  topics: [],
  feeds: [],
  profiles: [],
  visits: 0,
  status: 'to_explore',
  createdAt: 1,
  updatedAt: 1,
};

/** A version above any this code declares (other versions add schema versions of their own). */
const NEWER_VERSION = 99;

/** The database as a newer version would leave it: a version above ours, its schema extended. */
async function newerDatabase(extra: Record<string, string>) {
  const name = `newer-${crypto.randomUUID()}`;
  names.push(name);
  const newer = new Dexie(name);
  newer.version(NEWER_VERSION).stores({ ...STORES, ...extra });
  await newer.open();
  await newer.table('sources').add(SOURCE);
  newer.close();
  return name;
}

const NEWER = /last used by a newer version of the extension.*shows and changes nothing.*Update PLN Capture/;

describe('a database from a newer version', () => {
  it.each([
    ['that added a table', { laterTable: 'id' }],
    ['that added an index', { sources: `${STORES.sources}, reliability.rating` }],
    ['that dropped an index this version needs', { sources: STORES.sources.replace(', lastVisitedAt', '') }],
  ])('%s: refused with a message, read as nothing, left as it was', async (_, extra) => {
    const name = await newerDatabase(extra);
    const db = new PlnDatabase(name);
    const error = await listSources(db).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(errorText(error)).toMatch(NEWER);
    await expect(db.open()).rejects.toThrow();
    db.close();

    const raw = new Dexie(name);
    await raw.open();
    expect(raw.verno).toBe(NEWER_VERSION);
    expect(await raw.table('sources').toArray()).toEqual([SOURCE]);
    raw.close();
  });
});
