import { problemText } from '../errors';
import type { z } from 'zod';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readBackup, writeBackup, type BackupData } from '../io/backup';
import { Source } from '../model/source';
import type { PlnDatabase } from './database';
import { previewRestore, restoreBackup } from './restore';
import { findSaved, getSource, listSources, saveSource } from './sources';
import { freshDatabase } from './test-db';
import { issueReasons } from '../io/test-issues';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

/** A backup file's records, as the page reads them. */
function backupOf(data: Partial<BackupData>) {
  const read = readBackup(writeBackup({ sources: [], trash: [], clips: [], exportedAt: 50, ...data }));
  if ('error' in read) throw new Error(problemText(read.error));
  return { fileName: 'backup.json', ...read.backup };
}

const record = (fields: Partial<z.input<typeof Source>> & { id: string; title: string }): Source =>
  Source.parse({
    kind: 'article',
    category: 'blogs',
    status: 'to_explore',
    creators: [],
    topics: [],
    feeds: [],
    profiles: [],
    aliases: [],
    visits: 0,
    createdAt: 10,
    updatedAt: 20,
    ...fields,
  });

describe('restoring a backup: addresses', () => {
  it('rebuilds aliases from the address and profiles, so a backup cannot lock a saved source', async () => {
    const post = await saveSource(db, { kind: 'article', title: 'Post', url: 'https://existing.example/post' }, 1);
    const hijack = record({
      id: '0',
      title: 'Hijack',
      url: 'https://evil.example/',
      aliases: ['https://existing.example/post'],
    });
    const input = backupOf({ sources: [hijack] });
    expect((await previewRestore(db, input.sources)).issues).toEqual([]);
    await restoreBackup(db, input, undefined, 100);

    expect((await getSource(db, '0'))?.aliases).toEqual(['https://evil.example/']);
    expect((await findSaved(db, 'https://existing.example/post'))?.id).toBe(post.source.id);
    // Editing and saving the post again still work.
    await saveSource(db, { id: post.source.id, kind: 'article', title: 'Post, edited' }, 200);
    const again = await saveSource(db, { kind: 'article', title: 'Post', url: 'https://existing.example/post' }, 300);
    expect(again.source.id).toBe(post.source.id);
  });

  it('leaves out a profile that is another source’s address here, says so in the preview and after', async () => {
    const post = await saveSource(db, { kind: 'article', title: 'Post', url: 'https://existing.example/post' }, 1);
    const person = record({
      id: 'p',
      kind: 'person',
      category: 'experts',
      title: 'Split-off Jane',
      url: 'https://jane.example/',
      profiles: [{ url: 'https://existing.example/post' }, { url: 'https://github.com/jane' }],
    });
    const input = backupOf({ sources: [person] });
    const reason =
      'source 1 (“Split-off Jane”): its profile https://existing.example/post is the address of “Post” here, so it was left out';
    const preview = await previewRestore(db, input.sources);
    expect({ ...preview, issues: issueReasons(preview.issues) }).toEqual({
      created: 1,
      merged: 0,
      issues: [{ line: 1, reason }],
    });
    const { notes } = await restoreBackup(db, input, undefined, 100);
    expect(issueReasons(notes)).toEqual([{ line: 1, reason }]);
    expect(await getSource(db, 'p')).toMatchObject({
      profiles: [{ url: 'https://github.com/jane' }],
      aliases: ['https://jane.example/', 'https://github.com/jane'],
    });
    await saveSource(db, { id: post.source.id, kind: 'article', title: 'Post, edited' }, 200);
    await saveSource(db, { id: 'p', kind: 'person', title: 'Jane' }, 200);
  });

  it('gives a profile claimed twice in one file to the first source only', async () => {
    const input = backupOf({
      sources: [
        record({ id: 'a', kind: 'person', category: 'experts', title: 'A', profiles: [{ url: 'https://x.example/' }] }),
        record({ id: 'b', title: 'B', url: 'https://x.example/' }),
      ],
    });
    const { notes } = await restoreBackup(db, input, undefined, 100);
    expect(issueReasons(notes)).toEqual([
      {
        line: 1,
        reason:
          'source 1 (“A”): its profile https://x.example/ is the address of “B” in this backup, so it was left out',
      },
    ]);
    expect((await getSource(db, 'a'))?.aliases).toEqual([]);
    expect((await findSaved(db, 'https://x.example/'))?.id).toBe('b');
  });
});

describe('restoring a backup on another computer', () => {
  it('maps each backup id to the id it merged into: creators and kept text follow', async () => {
    const jane = await saveSource(db, { kind: 'person', title: 'Jane', url: 'https://jane.example/' }, 1);
    const mine = await saveSource(db, { kind: 'article', title: 'Mine', url: 'https://blog.example/mine' }, 1);
    const input = backupOf({
      sources: [
        record({ id: 'backup-jane', kind: 'person', category: 'experts', title: 'Jane', url: 'https://jane.example/' }),
        record({ id: 'backup-mine', title: 'Mine', url: 'https://blog.example/mine', creators: ['backup-jane'] }),
        record({ id: 'new-post', title: 'New', url: 'https://blog.example/new', creators: ['backup-jane', 'gone'] }),
      ],
      clips: [
        {
          sourceId: 'backup-mine',
          blocks: [{ type: 'p', text: 'Mine, kept' }],
          truncated: false,
          words: 2,
          clippedAt: 30,
        },
        { sourceId: 'new-post', blocks: [{ type: 'p', text: 'New, kept' }], truncated: false, words: 2, clippedAt: 30 },
      ],
    });
    const { record: done } = await restoreBackup(db, input, undefined, 100);
    expect(done.created).toEqual(['new-post']);
    expect((await getSource(db, 'new-post'))?.creators).toEqual([jane.source.id]);
    expect((await getSource(db, mine.source.id))?.creators).toEqual([jane.source.id]);
    expect(await db.clips.get(mine.source.id)).toMatchObject({ blocks: [{ text: 'Mine, kept' }] });
    expect(await db.clips.get('backup-mine')).toBeUndefined();
    const named = (await listSources(db)).flatMap((s) => s.creators);
    expect(named.every((id) => id === jane.source.id)).toBe(true);
  });
});
