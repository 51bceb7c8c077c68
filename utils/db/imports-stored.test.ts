import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlnDatabase } from './database';
import { applyImport, BATCH, checkImportRows } from './imports';
import { ImportRow } from '../model/import-row';
import { normalizeUrl } from '../url/normalize';
import { saveSource } from './sources';
import { freshDatabase } from './test-db';
import { testImportRow } from '../model/test-import-row';

/**
 * What an import stores, record by record: sources, the people linked as their creators, and the
 * import's record for undo. The snapshots were taken before the import was made faster; a change
 * to how it writes must leave them as they are. Ids are random, so each is replaced by a name
 * that does not change: the source's address, or "person:" and the title of a person without one.
 */

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

/** Everything the database holds after an import, with ids replaced by stable names, in a stable order. */
async function storedState(database: PlnDatabase, progress: number[]) {
  const sources = await database.sources.toArray();
  const names = new Map<string, string>();
  for (const source of sources) names.set(source.id, source.url ?? `person:${source.title}`);
  expect(new Set(names.values()).size).toBe(sources.length);
  const name = (id: string) => names.get(id) ?? `unknown:${id}`;
  const stable = <T extends { id: string; creators: string[] }>(source: T) => ({
    ...source,
    id: name(source.id),
    creators: source.creators.map(name),
  });
  const imports = await database.imports.toArray();
  return {
    sources: sources.map(stable).sort((a, b) => a.id.localeCompare(b.id)),
    imports: imports.map((record) => ({
      ...record,
      id: record.id === 'the-import' ? record.id : 'other',
      created: record.created.map(name),
      merged: record.merged.map(stable),
      stamps: Object.fromEntries(Object.entries(record.stamps).map(([id, at]) => [name(id), at])),
    })),
    progress,
  };
}

/** JSON with every object's keys in order: the same data gives the same text. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

const paper = (n: number, authors: string[], extra = {}) =>
  testImportRow(n, {
    kind: 'paper',
    category: 'research',
    title: `Paper ${n}`,
    url: `https://doi.org/10.1000/${n}`,
    creators: authors.map((name) => ({ name })),
    ...extra,
  });

/** Saved before the import: what it merges into and the people it links to. */
async function savedBefore(database: PlnDatabase) {
  const ada = await saveSource(database, { kind: 'person', title: 'Ada Lovelace' }, 1);
  await saveSource(
    database,
    {
      kind: 'person',
      title: 'Grace Hopper',
      url: 'https://grace.example/',
      profiles: [{ url: 'https://x.com/grace' }],
    },
    2,
  );
  await saveSource(
    database,
    {
      kind: 'article',
      title: 'Mine',
      url: 'https://blog.example/1',
      note: 'my note',
      topics: ['kept'],
      creators: [ada.source.id],
    },
    3,
  );
  await saveSource(database, { kind: 'paper', title: 'Known paper', url: 'https://doi.org/10.1000/2' }, 4);
}

/** Rows of every shape an import meets: new, known, repeated, by authors new and saved, invalid. */
const mixedRows: unknown[] = [
  testImportRow(1, {
    title: 'Theirs',
    note: 'their note',
    topics: ['b', 'Kept'],
    description: 'desc',
    siteName: 'Blog',
  }),
  paper(2, ['Ada Lovelace', 'Rita Kop'], { siteName: 'IRRODL', description: '2020' }),
  paper(3, ['rita  kop', 'Stephen Downes'], { createdAt: 500 }),
  testImportRow(4, { url: 'https://blog.example/4?utm_source=x', topics: ['#learning', 'learning'] }),
  testImportRow(5, { url: 'https://blog.example/4', title: 'Same page again', note: 'second note' }),
  testImportRow(6, { url: 'javascript:alert(1)' }),
  'junk',
  testImportRow(7, {
    kind: 'person',
    category: 'peers',
    title: 'Ann',
    url: 'https://www.linkedin.com/in/ann',
    email: 'ann@example.org',
    note: 'Engineer',
  }),
  testImportRow(8, {
    kind: 'publication',
    url: 'https://feeds.example/',
    feeds: [{ url: 'https://feeds.example/rss', title: 'RSS', type: 'rss' }],
  }),
  testImportRow(9, { url: 'https://grace.example/', kind: 'person', title: 'Grace H.', note: 'from import' }),
  testImportRow(10, { url: 'https://x.com/grace', kind: 'person', title: 'Grace on X', topics: ['cobol'] }),
  testImportRow(11, { title: '   ', url: 'https://blog.example/untitled' }),
  paper(12, ['Grace Hopper', 'Ada Lovelace', 'Ada  lovelace']),
  testImportRow(13, {
    kind: 'channel',
    category: 'videos',
    url: 'http://www.youtube.com/channel/UC1',
    status: 'following',
  }),
  testImportRow(14, { image: 'https://blog.example/cover.png', quote: 'a quote' }),
];

describe('what an import stores', () => {
  it('stores rows of every shape as it did, with the record that undoes them', async () => {
    await savedBefore(db);
    const progress: number[] = [];
    const { skipped } = await applyImport(
      db,
      { id: 'the-import', fileName: 'mixed.csv', format: 'csv', rows: mixedRows },
      (done) => progress.push(done),
      1000,
    );
    expect(skipped).toBe(2);
    // A field without a value is no field at all: smaller records to write, read the same.
    const written = (await db.sources.toArray()).filter((source) => source.updatedAt === 1000);
    expect(written).toHaveLength(13);
    const fields = written.flatMap((source) => Object.entries(source));
    expect(fields.filter(([, value]) => value === undefined)).toEqual([]);
    expect(JSON.parse(canonical(await storedState(db, progress)))).toMatchSnapshot();
  });

  it('stores a large import across batches as it did', async () => {
    await savedBefore(db);
    const rows: unknown[] = [];
    for (let i = 0; i < BATCH * 2 + 300; i++) {
      if (i % 3 === 0)
        rows.push(paper(100 + i, [`Author ${i % 97}`, i % 5 === 0 ? 'Ada Lovelace' : `Coauthor ${i % 31}`]));
      else if (i % 7 === 0) rows.push(testImportRow(i % 40, { topics: [`t${i % 9}`], note: `note ${i}` }));
      else if (i % 11 === 0) rows.push({ ...testImportRow(i), url: `ftp://blog.example/${i}` });
      else rows.push(testImportRow(10_000 + i, { createdAt: i }));
    }
    const progress: number[] = [];
    await applyImport(
      db,
      { id: 'the-import', fileName: 'large.csv', format: 'csv', rows },
      (done) => progress.push(done),
      2000,
    );
    const state = canonical(await storedState(db, progress));
    expect({
      sources: await db.sources.count(),
      sha256: createHash('sha256').update(state).digest('hex'),
    }).toMatchSnapshot();
  });
});

describe('checkImportRows', () => {
  it('takes the rows ImportRow takes, with the address normalizeUrl gives', () => {
    const addresses = [
      'https://a.example/x?utm_source=y#top',
      ' https://a.example/spaced ',
      '\u00a0https://a.example/nbsp-before',
      'https://a.example/nbsp-after\u00a0',
      '\tHTTP://A.EXAMPLE/tab',
      'javascript:alert(1)',
      'ftp://a.example/',
      'a.example/bare',
      '/relative',
      '',
      'https://',
      `https://a.example/${'x'.repeat(2100)}`,
      `https://a.example/${'x'.repeat(2020)}`,
      'https://user:pass@a.example/',
      'https://a.example/ä ü',
    ];
    const rows = addresses.map((url, i) => testImportRow(i, { url }));
    const expected = rows.flatMap((row) => {
      const parsed = ImportRow.safeParse(row);
      const url = parsed.success ? normalizeUrl(parsed.data.url) : undefined;
      return parsed.success && url ? [{ row: parsed.data, url }] : [];
    });
    expect(expected.length).toBeGreaterThan(3);
    expect(checkImportRows(rows)).toEqual({ rows: expected, skipped: rows.length - expected.length });
  });
});
