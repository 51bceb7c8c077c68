import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackup, writeBackup } from '../io/backup';
import { errorText, problemText } from '../errors';
import { exportAll } from './backup';
import { saveClip } from './clips';
import type { PlnDatabase } from './database';
import { editSource } from './edits';
import { applyImport } from './imports';
import { mergePeople } from './people';
import { restoreBackup } from './restore';
import { saveSource } from './sources';
import { freshDatabase } from './test-db';
import { failWriteAfter } from './test-faults';
import { undoImport } from './undo-import';

/**
 * A full disk in the middle of a write: the browser refuses one request with a QuotaExceededError
 * and aborts the transaction. Whatever was written: every record is as before, and the message
 * says what to do.
 */
let db: PlnDatabase;
let restore: (() => void) | undefined;
beforeEach(async () => {
  db = freshDatabase();
  const jane = await saveSource(db, { kind: 'person', title: 'Jane', url: 'https://jane.example/' }, 1);
  const post = await saveSource(
    db,
    { kind: 'article', title: 'Post', url: 'https://blog.example/1', creators: [jane.source.id], note: 'mine' },
    2,
  );
  await saveClip(db, post.source.id, { blocks: [{ type: 'p', text: 'Kept' }] }, 3);
  await saveSource(db, { kind: 'person', title: 'Jane D.', url: 'https://jane.social/' }, 4);
});
afterEach(async () => {
  restore?.();
  restore = undefined;
  await db.delete();
});

/** Every record of every table. */
async function everything() {
  return { ...(await exportAll(db)), imports: await db.imports.toArray() };
}

const FULL = /no room left for PLN Capture's data.*nothing you had was lost.*Free some disk space/;

/** Runs `write` with the n-th write from now refused; expects it to fail as a full disk, changing nothing. */
async function expectNothingWritten(write: () => Promise<unknown>, n: number) {
  const before = await everything();
  restore = failWriteAfter(n);
  const error = await write().then(
    () => undefined,
    (e: unknown) => e,
  );
  restore();
  restore = undefined;
  expect(error, `write ${n} refused`).toBeDefined();
  expect(errorText(error)).toMatch(FULL);
  expect(await everything()).toEqual(before);
}

const rows = Array.from({ length: 620 }, (_, i) => ({
  line: i + 1,
  kind: 'article',
  title: `Row ${i}`,
  url: `https://blog.example/${i}`,
  topics: ['imported'],
  feeds: [],
}));

describe('a full disk in the middle of a write', () => {
  it.each([0, 1, 499, 500, 619, 620])('an import, at write %i', async (n) => {
    await expectNothingWritten(() => applyImport(db, { fileName: 'f.csv', format: 'csv', rows }, undefined, 100), n);
  });

  it.each([0, 1, 2, 3, 4])('a backup restore, at write %i', async (n) => {
    const source = (await exportAll(db)).sources[0];
    if (!source) throw new Error('no source');
    const read = readBackup(
      writeBackup({
        sources: [
          { ...source, id: 'other-id', topics: ['from backup'] },
          { ...source, id: 'new', url: 'https://blog.example/new', aliases: [] },
        ],
        trash: [{ id: 'gone', deletedAt: 5, source: { ...source, id: 'gone', url: 'https://blog.example/gone' } }],
        clips: [{ sourceId: 'new', blocks: [{ type: 'p', text: 'x' }], truncated: false, words: 1, clippedAt: 5 }],
      }),
    );
    if ('error' in read) throw new Error(problemText(read.error));
    await expectNothingWritten(() => restoreBackup(db, { fileName: 'b.json', ...read.backup }, undefined, 100), n);
  });

  it.each([0])('a save (one write), at write %i', async (n) => {
    await expectNothingWritten(
      () => saveSource(db, { kind: 'article', title: 'New', url: 'https://blog.example/new' }, 100),
      n,
    );
    const [post] = (await exportAll(db)).sources.filter((s) => s.title === 'Post');
    if (!post) throw new Error('no post');
    await expectNothingWritten(
      () => editSource(db, { id: post.id, since: post.updatedAt, changes: { note: 'new' }, before: { note: 'mine' } }),
      n,
    );
  });

  it.each([0, 1, 2])('a merge of two people (three writes), at write %i', async (n) => {
    const people = (await exportAll(db)).sources.filter((s) => s.kind === 'person');
    const [into, from] = people;
    if (!into || !from) throw new Error('no people');
    await expectNothingWritten(() => mergePeople(db, into.id, from.id, 100), n);
  });

  it.each([0, 1, 2])('an undo of an import, at write %i', async (n) => {
    const { record } = await applyImport(
      db,
      { fileName: 'f.csv', format: 'csv', rows: rows.slice(0, 3) },
      undefined,
      50,
    );
    await expectNothingWritten(() => undoImport(db, record.id, 100), n);
  });

  it('reads a QuotaExceededError however it is wrapped', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(errorText(new Dexie.AbortError('Transaction aborted', quota))).toMatch(FULL);
    expect(errorText(quota)).toMatch(FULL);
    expect(errorText(new Error('Something else'))).toBe('Something else');
  });
});
