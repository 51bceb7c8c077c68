import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBookmarksHtml } from '../io/bookmarks-html';
import { readBackup, writeBackup } from '../io/backup';
import type { PlnDatabase } from './database';
import { applyImport, listImports, previewImport, samePersonSuggestions } from './imports';
import { restoreBackup } from './restore';
import { undoImport } from './undo-import';
import { addCreators, getSource, listSources, saveSource } from './sources';
import { listTrash, removeSource } from './trash';
import { saveClip } from './clips';
import { freshDatabase } from './test-db';
import { problemText } from '../errors';
import { testImportRow } from '../model/test-import-row';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('applyImport', () => {
  it('previews, then adds new addresses and merges known ones without overwriting', async () => {
    const known = await saveSource(
      db,
      { kind: 'article', title: 'Mine', url: 'https://blog.example/1', note: 'my note', topics: ['a'] },
      1,
    );
    const rows = [
      testImportRow(1, { title: 'Theirs', note: 'their note', topics: ['b'], description: 'desc' }),
      testImportRow(2, { createdAt: 500 }),
    ];
    expect(await previewImport(db, rows)).toEqual({ created: 1, merged: 1, byCategory: { blogs: 1 } });
    const progress: number[] = [];
    const { record, skipped } = await applyImport(
      db,
      { fileName: 'b.html', format: 'bookmarks-html', rows },
      (done) => progress.push(done),
      1000,
    );
    expect(skipped).toBe(0);
    expect(progress.at(-1)).toBe(2);
    expect(await getSource(db, known.source.id)).toMatchObject({
      title: 'Mine',
      note: 'my note',
      topics: ['a', 'b'],
      description: 'desc',
    });
    const added = (await listSources(db)).find((s) => s.url === 'https://blog.example/2');
    expect(added).toMatchObject({ title: 'Post 2', createdAt: 500, updatedAt: 1000, category: 'blogs' });
    expect(record).toMatchObject({ created: [added?.id], merged: [{ id: known.source.id, note: 'my note' }] });
  });

  it('skips rows that fail validation and counts them', async () => {
    const { skipped } = await applyImport(db, {
      fileName: 'x',
      format: 'csv',
      rows: [testImportRow(1), { ...testImportRow(2), url: 'javascript:alert(1)' }, 'junk'],
    });
    expect(skipped).toBe(2);
    expect(await db.sources.count()).toBe(1);
  });

  it('is undone as a whole, keeping what the person changed since', async () => {
    const known = await saveSource(db, { kind: 'article', title: 'Mine', url: 'https://blog.example/1' }, 1);
    const other = await saveSource(db, { kind: 'article', title: 'Other', url: 'https://blog.example/3' }, 1);
    const { record } = await applyImport(
      db,
      {
        fileName: 'f',
        format: 'csv',
        rows: [testImportRow(1, { topics: ['x'] }), testImportRow(2), testImportRow(3, { topics: ['y'] })],
      },
      undefined,
      100,
    );
    await saveSource(db, { id: other.source.id, kind: 'article', title: 'Edited after import' }, 200);
    expect(await undoImport(db, record.id)).toEqual({ removed: 1, restored: 1, keptChanged: 1 });
    expect((await getSource(db, known.source.id))?.topics).toEqual([]);
    expect((await getSource(db, other.source.id))?.title).toBe('Edited after import');
    expect(await db.sources.count()).toBe(2);
    await expect(undoImport(db, record.id)).rejects.toThrow(/already undone/);
  });

  it('stores a bookmark titled with a direction override without it', async () => {
    const parsed = parseBookmarksHtml(
      '<DL><p><DT><A HREF="https://invoices.example/42">Invoice &#x202E;fdp.exe</A></DL>',
    );
    await applyImport(db, { fileName: 'b.html', format: parsed.format, rows: parsed.rows });
    const [stored] = await listSources(db);
    expect(stored?.title).toBe('Invoice fdp.exe');
  });

  it('imports a generated 5,000-bookmark file in one go', async () => {
    const html = `<DL><p>${Array.from({ length: 5000 }, (_, i) => `<DT><A HREF="https://site${i % 50}.example/p/${i}" ADD_DATE="1700000000">Item ${i}</A>`).join('\n')}</DL>`;
    const parsed = parseBookmarksHtml(html);
    const { record } = await applyImport(db, { fileName: 'big.html', format: parsed.format, rows: parsed.rows });
    expect(record.created).toHaveLength(5000);
    expect(await db.sources.count()).toBe(5000);
  }, 60_000);

  it('keeps the last ten imports for undo', async () => {
    for (let i = 0; i < 12; i++)
      await applyImport(db, { fileName: `f${i}`, format: 'csv', rows: [testImportRow(i)] }, undefined, i + 1);
    expect((await listImports(db)).map((r) => r.fileName)).toEqual([
      'f11',
      'f10',
      'f9',
      'f8',
      'f7',
      'f6',
      'f5',
      'f4',
      'f3',
      'f2',
    ]);
  });
});

describe('backup round trip', () => {
  it('export then import into an empty profile gives the same data', async () => {
    const person = await saveSource(
      db,
      {
        kind: 'person',
        title: 'Jane Doe',
        url: 'https://jane.example/',
        profiles: [{ url: 'https://github.com/jane' }],
      },
      1,
    );
    const post = await saveSource(
      db,
      {
        kind: 'article',
        title: 'Post',
        url: 'https://blog.example/p',
        creators: [person.source.id],
        note: 'n',
        reliability: { rating: 4, reason: 'sourced' },
      },
      2,
    );
    await saveClip(db, post.source.id, { blocks: [{ type: 'p', text: 'Body' }] }, 3);
    const gone = await saveSource(db, { kind: 'video', title: 'Gone', url: 'https://video.example/1' }, 4);
    await removeSource(db, gone.source.id, 5);
    const text = writeBackup({
      sources: await listSources(db),
      trash: await listTrash(db),
      clips: await db.clips.toArray(),
      exportedAt: 6,
    });

    const empty = freshDatabase();
    const read = readBackup(text);
    if ('error' in read) throw new Error(problemText(read.error));
    await restoreBackup(empty, { fileName: 'backup.json', ...read.backup }, undefined, 7);
    const sortById = <T extends { id: string }>(a: T[]) => a.sort((x, y) => x.id.localeCompare(y.id));
    expect(sortById(await listSources(empty))).toEqual(sortById(await listSources(db)));
    expect(await listTrash(empty)).toEqual(await listTrash(db));
    expect(await empty.clips.toArray()).toEqual(await db.clips.toArray());
    await empty.delete();
  });

  it('restoring into a profile that has the same sources keeps them and adds what is missing', async () => {
    const mine = await saveSource(
      db,
      { kind: 'article', title: 'Mine', url: 'https://blog.example/p', note: 'kept' },
      1,
    );
    const text = writeBackup({
      sources: [{ ...mine.source, note: 'from backup', topics: ['t'] }],
      trash: [],
      clips: [],
    });
    const read = readBackup(text);
    if ('error' in read) throw new Error(problemText(read.error));
    const { record } = await restoreBackup(db, { fileName: 'b', ...read.backup });
    expect(await getSource(db, mine.source.id)).toMatchObject({ note: 'kept', topics: ['t'] });
    expect(record.created).toEqual([]);
  });
});

describe('undoing an import after a merged source was deleted', () => {
  it('does not bring the deleted source back', async () => {
    const known = await saveSource(db, { kind: 'article', title: 'Mine', url: 'https://blog.example/1' }, 1);
    const { record } = await applyImport(
      db,
      { fileName: 'f', format: 'csv', rows: [testImportRow(1, { topics: ['x'] })] },
      undefined,
      100,
    );
    await removeSource(db, known.source.id, 200);
    expect(await undoImport(db, record.id)).toEqual({ removed: 0, restored: 0, keptChanged: 1 });
    expect(await db.sources.count()).toBe(0);
    expect((await listTrash(db)).map((t) => t.id)).toEqual([known.source.id]);
  });
});

describe('undoing an import of new sources', () => {
  it('keeps those you changed since (a note, kept text, a creator), sends the others to the trash', async () => {
    const person = await saveSource(db, { kind: 'person', title: 'Ada', url: 'https://ada.example/' }, 1);
    const { record } = await applyImport(
      db,
      { fileName: 'f', format: 'csv', rows: [testImportRow(1), testImportRow(2), testImportRow(3), testImportRow(4)] },
      undefined,
      100,
    );
    const [noted, clipped, linked, untouched] = await Promise.all(
      [1, 2, 3, 4].map(async (n) => (await listSources(db)).find((s) => s.url === `https://blog.example/${n}`)),
    );
    if (!noted || !clipped || !linked || !untouched) throw new Error('not imported');
    await saveSource(db, { id: noted.id, kind: 'article', title: noted.title, note: 'my note' }, 200);
    await saveClip(db, clipped.id, { blocks: [{ type: 'p', text: 'Kept text' }] }, 200);
    await addCreators(db, linked.id, [person.source.id], 200);

    expect(await undoImport(db, record.id, 300)).toEqual({ removed: 1, restored: 0, keptChanged: 3 });
    expect((await getSource(db, noted.id))?.note).toBe('my note');
    expect(await db.clips.get(clipped.id)).toMatchObject({ blocks: [{ text: 'Kept text' }] });
    expect((await getSource(db, linked.id))?.creators).toEqual([person.source.id]);
    expect(await getSource(db, untouched.id)).toBeUndefined();
    // What undo removed waits in the trash, restorable as it was.
    expect(await listTrash(db)).toEqual([{ id: untouched.id, deletedAt: 300, source: untouched }]);
  });

  it('keeps a person the import added when a source you kept names them as its creator', async () => {
    const backup = writeBackup({
      sources: [
        {
          ...(await saveSource(freshDatabase(), { kind: 'person', title: 'Grace', url: 'https://grace.example/' }, 5))
            .source,
          id: 'grace',
        },
      ],
      trash: [],
      clips: [],
    });
    const read = readBackup(backup);
    if ('error' in read) throw new Error(problemText(read.error));
    const { record } = await restoreBackup(db, { fileName: 'b.json', ...read.backup }, undefined, 100);
    const post = await saveSource(
      db,
      { kind: 'article', title: 'Her talk', url: 'https://talks.example/1', creators: ['grace'] },
      200,
    );
    expect(await undoImport(db, record.id, 300)).toEqual({ removed: 0, restored: 0, keptChanged: 1 });
    expect(await getSource(db, 'grace')).toMatchObject({ title: 'Grace' });
    expect((await getSource(db, post.source.id))?.creators).toEqual(['grace']);
  });

  it("sends a restored backup's unchanged sources to the trash, with their kept text", async () => {
    const source = (
      await saveSource(freshDatabase(), { kind: 'article', title: 'Essay', url: 'https://essays.example/1' }, 5)
    ).source;
    const read = readBackup(
      writeBackup({
        sources: [source],
        trash: [],
        clips: [
          { sourceId: source.id, blocks: [{ type: 'p', text: 'Body' }], truncated: false, words: 1, clippedAt: 6 },
        ],
      }),
    );
    if ('error' in read) throw new Error(problemText(read.error));
    const { record } = await restoreBackup(db, { fileName: 'b.json', ...read.backup }, undefined, 100);
    expect(await undoImport(db, record.id, 300)).toEqual({ removed: 1, restored: 0, keptChanged: 0 });
    expect(await db.sources.count()).toBe(0);
    expect((await listTrash(db)).map((t) => t.source)).toEqual([source]);
    expect(await db.clips.get(source.id)).toMatchObject({ blocks: [{ text: 'Body' }] });
  });
});

describe('undoing an import recorded by an earlier version', () => {
  it('reads a record without the fields added since', async () => {
    const { record } = await applyImport(
      db,
      { fileName: 'f', format: 'csv', rows: [testImportRow(1)] },
      undefined,
      100,
    );
    const { stamps: _stamps, skipped: _skipped, ...older } = record;
    await db.imports.put(older as typeof record);
    expect(await undoImport(db, record.id, 200)).toEqual({ removed: 1, restored: 0, keptChanged: 0 });
  });
});

describe('an import with authors, venues and email addresses', () => {
  const paper = (n: number, authors: string[], extra = {}) =>
    testImportRow(n, {
      kind: 'paper',
      category: 'research',
      url: `https://doi.org/10.1000/${n}`,
      creators: authors.map((name) => ({ name })),
      ...extra,
    });

  it('previews by category, counting each new author once as a person', async () => {
    await saveSource(db, { kind: 'person', title: 'George Siemens' }, 1);
    const rows = [
      paper(1, ['George Siemens', 'Rita Kop']),
      paper(2, ['rita  kop', 'Stephen Downes']),
      testImportRow(3, { kind: 'channel', category: 'videos', url: 'https://www.youtube.com/channel/UC1' }),
    ];
    expect(await previewImport(db, rows)).toEqual({
      created: 5,
      merged: 0,
      byCategory: { research: 2, videos: 1, experts: 2 },
    });
  });

  it('links the authors as creators: a saved person of that name, or a new person; undo takes the new ones away', async () => {
    const george = await saveSource(db, { kind: 'person', title: 'George Siemens' }, 1);
    const { record } = await applyImport(
      db,
      {
        fileName: 'refs.bib',
        format: 'bibtex',
        rows: [paper(1, ['George Siemens', 'Rita Kop'], { siteName: 'IRRODL' }), paper(2, ['Rita Kop'])],
      },
      undefined,
      100,
    );
    const sources = await listSources(db);
    const rita = sources.find((s) => s.title === 'Rita Kop');
    expect(rita).toMatchObject({ kind: 'person', category: 'experts' });
    expect(rita?.url).toBeUndefined();
    const first = sources.find((s) => s.url === 'https://doi.org/10.1000/1');
    expect(first).toMatchObject({ siteName: 'IRRODL', creators: [george.source.id, rita?.id] });
    expect(sources.find((s) => s.url === 'https://doi.org/10.1000/2')?.creators).toEqual([rita?.id]);
    expect(record.created).toHaveLength(3);

    await undoImport(db, record.id, 200);
    expect((await listSources(db)).map((s) => s.title)).toEqual(['George Siemens']);
  });

  it('writes an email address into the note only when the row carries one', async () => {
    const person = (n: number, extra = {}) =>
      testImportRow(n, { kind: 'person', category: 'peers', url: `https://www.linkedin.com/in/p${n}`, ...extra });
    await applyImport(db, {
      fileName: 'Connections.csv',
      format: 'linkedin',
      rows: [person(1, { note: 'Engineer · Acme', email: 'p1@example.org' }), person(2, { note: 'Chef' })],
    });
    const notes = (await listSources(db)).map((s) => s.note).sort();
    expect(notes).toEqual(['Chef', 'Engineer · Acme\np1@example.org']);
  });
});

describe('samePersonSuggestions', () => {
  it('names the people an import added who share a name with another saved person, each pair once', async () => {
    const known = await saveSource(db, { kind: 'person', title: 'Ada Lovelace', url: 'https://ada.example/' }, 1);
    await saveSource(db, { kind: 'person', title: 'Grace Hopper', url: 'https://grace.example/' }, 1);
    const { record } = await applyImport(db, {
      fileName: 'Connections.csv',
      format: 'linkedin',
      rows: [
        testImportRow(1, { kind: 'person', title: 'ada  LOVELACE', url: 'https://www.linkedin.com/in/ada' }),
        testImportRow(2, { kind: 'person', title: 'Alan Turing', url: 'https://www.linkedin.com/in/alan' }),
        testImportRow(3, { kind: 'paper', url: 'https://doi.org/10.1/x', creators: [{ name: 'Alan Turing' }] }),
      ],
    });
    const suggestions = await samePersonSuggestions(db, record.created);
    expect(suggestions.map((s) => [s.person.title, s.other.title]).sort()).toEqual([
      ['Alan Turing', 'Alan Turing'],
      ['ada LOVELACE', 'Ada Lovelace'],
    ]);
    expect(suggestions.find((s) => s.other.id === known.source.id)).toBeDefined();
    // Nothing was merged.
    expect((await listSources(db)).filter((s) => s.kind === 'person')).toHaveLength(5);
  });
});
