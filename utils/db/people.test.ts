import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlnDatabase } from './database';
import { findPerson, mergePeople, splitProfile } from './people';
import { getSource, saveSource } from './sources';
import { listTrash } from './trash';
import { freshDatabase } from './test-db';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const ada = (extra = {}) => ({ kind: 'person', title: 'Ada Lovelace', url: 'https://ada.dev/', ...extra }) as const;

describe('people with many profiles', () => {
  it('finds a person by any of their profiles', async () => {
    const { source } = await saveSource(
      db,
      ada({ profiles: [{ url: 'https://github.com/ada/', site: 'GitHub', handle: 'ada' }] }),
    );
    expect(source.profiles).toEqual([{ url: 'https://github.com/ada', site: 'GitHub', handle: 'ada' }]);
    expect(source.aliases).toEqual(['https://ada.dev/', 'https://github.com/ada']);
    expect((await findPerson(db, { name: 'someone', url: 'https://github.com/ada?tab=repositories' }))?.id).toBe(
      undefined,
    );
    expect((await findPerson(db, { name: 'A. L.', url: 'https://github.com/ada' }))?.id).toBe(source.id);
  });

  it('refuses to give one profile to two people', async () => {
    await saveSource(db, ada({ profiles: [{ url: 'https://github.com/ada' }] }));
    await expect(saveSource(db, { kind: 'person', title: 'Impostor', url: 'https://github.com/ada' })).rejects.toThrow(
      /already has/,
    );
  });

  it('merges two people: profiles, feeds and topics join; their content points to the one kept', async () => {
    const one = await saveSource(
      db,
      ada({ topics: ['math'], feeds: [{ url: 'https://ada.dev/feed.xml', type: 'rss' }] }),
    );
    const two = await saveSource(db, {
      kind: 'person',
      title: 'Ada L.',
      url: 'https://mastodon.social/@ada',
      topics: ['computing'],
      note: 'met at a talk',
    });
    const post = await saveSource(db, {
      kind: 'article',
      title: 'Notes',
      url: 'https://blog.example/n',
      creators: [two.source.id],
    });
    const merged = await mergePeople(db, one.source.id, two.source.id, 9);
    expect(merged.profiles.map((p) => p.url)).toEqual(['https://mastodon.social/@ada']);
    expect(merged.topics).toEqual(['math', 'computing']);
    expect(merged.feeds).toHaveLength(1);
    expect(merged.note).toBe('met at a talk');
    expect((await getSource(db, post.source.id))?.creators).toEqual([one.source.id]);
    expect(await getSource(db, two.source.id)).toBeUndefined();
    expect((await listTrash(db)).map((t) => t.id)).toEqual([two.source.id]);
    expect((await findPerson(db, { name: 'x', url: 'https://mastodon.social/@ada' }))?.id).toBe(one.source.id);
  });

  it('refuses to merge anything but two different people', async () => {
    const one = await saveSource(db, ada());
    const post = await saveSource(db, { kind: 'article', title: 'Notes', url: 'https://blog.example/n' });
    await expect(mergePeople(db, one.source.id, one.source.id)).rejects.toThrow();
    await expect(mergePeople(db, one.source.id, post.source.id)).rejects.toThrow(/Only people/);
  });

  it('splits a profile off into a person of its own', async () => {
    const { source } = await saveSource(db, ada({ profiles: [{ url: 'https://github.com/other-ada' }] }));
    const split = await splitProfile(db, source.id, 'https://github.com/other-ada');
    expect(split).toMatchObject({ kind: 'person', title: 'Ada Lovelace', url: 'https://github.com/other-ada' });
    expect((await getSource(db, source.id))?.profiles).toEqual([]);
    await expect(splitProfile(db, source.id, 'https://nowhere.example')).rejects.toThrow(/no other profile/);
  });
});

describe('restoring a merged person', () => {
  it('brings back the person they were merged into, not a second owner of the same profile', async () => {
    const one = await saveSource(db, ada());
    const two = await saveSource(db, { kind: 'person', title: 'Ada L.', url: 'https://mastodon.social/@ada' });
    await mergePeople(db, one.source.id, two.source.id);
    const { restoreSource } = await import('./trash');
    expect((await restoreSource(db, two.source.id)).id).toBe(one.source.id);
    expect(await db.sources.count()).toBe(1);
  });
});
