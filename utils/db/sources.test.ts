import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlnDatabase } from './database';
import {
  addCreators,
  countBy,
  recordVisit,
  findSaved,
  getSource,
  listSources,
  listTopics,
  saveSource,
} from './sources';
import { deleteForever, purgeTrash, listTrash, removeSource, restoreSource } from './trash';
import { saveClip } from './clips';
import { findPerson } from './people';
import { SourceNotFoundError } from './errors';
import { freshDatabase } from './test-db';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

const post = { kind: 'article', title: 'On learning', url: 'https://blog.example/post' } as const;

describe('saveSource', () => {
  it('creates a source with defaults from its kind', async () => {
    const { source, created } = await saveSource(db, post, 1000);
    expect(created).toBe(true);
    expect(source).toMatchObject({ category: 'blogs', status: 'to_explore', createdAt: 1000, updatedAt: 1000 });
    expect(await getSource(db, source.id)).toEqual(source);
  });

  it('stores the normalized URL and finds the source by any equivalent URL', async () => {
    const { source } = await saveSource(db, { ...post, url: 'HTTPS://Blog.Example:443/post/?utm_source=x#top' });
    expect(source.url).toBe('https://blog.example/post');
    expect((await findSaved(db, 'https://blog.example/post?fbclid=abc'))?.id).toBe(source.id);
    expect(await findSaved(db, 'https://blog.example/other')).toBeUndefined();
    expect(await findSaved(db, 'javascript:alert(1)')).toBeUndefined();
  });

  it('updates the saved source for the same normalized URL instead of creating a duplicate', async () => {
    const first = await saveSource(db, { ...post, topics: ['learning'] }, 1000);
    const second = await saveSource(db, { ...post, url: `${post.url}?utm_source=x`, note: 'again' }, 2000);
    expect(second.created).toBe(false);
    expect(second.source.id).toBe(first.source.id);
    expect(second.source).toMatchObject({ createdAt: 1000, updatedAt: 2000, note: 'again', topics: ['learning'] });
    expect(await db.sources.count()).toBe(1);
  });

  it('keeps fields an update leaves out, and clears fields set to null', async () => {
    const { source } = await saveSource(db, { ...post, note: 'n', quote: 'q', reliability: { rating: 4 } });
    const updated = await saveSource(db, {
      id: source.id,
      kind: 'article',
      title: 'Renamed',
      note: null,
      reliability: null,
    });
    expect(updated.source).toMatchObject({ title: 'Renamed', quote: 'q', url: post.url });
    expect(updated.source.note).toBeUndefined();
    expect(updated.source.reliability).toBeUndefined();
  });

  it('keeps the first provenance', async () => {
    const provenance = { pageUrl: 'https://blog.example/post?utm_medium=mail', capturedAt: 5 };
    await saveSource(db, { ...post, provenance });
    const again = await saveSource(db, {
      ...post,
      provenance: { pageUrl: 'https://elsewhere.example/', capturedAt: 9 },
    });
    expect(again.source.provenance).toEqual({ pageUrl: 'https://blog.example/post', capturedAt: 5 });
  });

  it("refuses an unknown id, invalid data, and an edit that takes another source's URL", async () => {
    await expect(saveSource(db, { ...post, id: 'nope' })).rejects.toBeInstanceOf(SourceNotFoundError);
    await expect(saveSource(db, { ...post, url: 'javascript:alert(1)' })).rejects.toThrow();
    await expect(saveSource(db, { ...post, title: '   ' })).rejects.toThrow();
    const a = await saveSource(db, post);
    await saveSource(db, { kind: 'article', title: 'Other', url: 'https://blog.example/other' });
    await expect(
      saveSource(db, { id: a.source.id, kind: 'article', title: 'x', url: 'https://blog.example/other' }),
    ).rejects.toThrow(/already has/);
  });

  it('matches a person without a link by name, ignoring case and spacing', async () => {
    const ada = await saveSource(db, { kind: 'person', title: 'Ada Lovelace' });
    const again = await saveSource(db, { kind: 'person', title: ' ada  lovelace ', note: 'met at a talk' });
    expect(again.source.id).toBe(ada.source.id);
    expect(await db.sources.count()).toBe(1);
  });
});

describe('findSaved', () => {
  it('finds a person by any of their profiles', async () => {
    const { source } = await saveSource(db, {
      kind: 'person',
      title: 'Ada',
      url: 'https://ada.example/',
      profiles: [{ url: 'https://code.example/ada' }],
    });
    expect((await findSaved(db, 'https://code.example/ada/'))?.id).toBe(source.id);
  });

  it('finds a source by the page it was captured from when its own address differs', async () => {
    const { source } = await saveSource(db, {
      ...post,
      provenance: { pageUrl: 'https://blog.example/?p=42&utm_source=x', capturedAt: 1 },
    });
    expect((await findSaved(db, 'https://blog.example/?p=42'))?.id).toBe(source.id);
    expect((await findSaved(db, post.url))?.id).toBe(source.id);
    expect(await findSaved(db, 'https://blog.example/?p=43')).toBeUndefined();
  });
});

describe('findPerson', () => {
  it('finds by profile URL first, then by name among people without a link', async () => {
    const linked = await saveSource(db, { kind: 'person', title: 'Jane Doe', url: 'https://jane.example/' });
    const unlinked = await saveSource(db, { kind: 'person', title: 'John Roe' });
    expect((await findPerson(db, { name: 'J. Doe', url: 'https://jane.example' }))?.id).toBe(linked.source.id);
    expect((await findPerson(db, { name: 'John Roe' }))?.id).toBe(unlinked.source.id);
    expect((await findPerson(db, { name: 'Jane Doe' }))?.id).toBe(linked.source.id);
    // Another Jane Doe with a different profile is a different person.
    expect(await findPerson(db, { name: 'Jane Doe', url: 'https://other.example/jane' })).toBeUndefined();
  });

  it('does not take an article for a person', async () => {
    await saveSource(db, post);
    expect(await findPerson(db, { name: 'x', url: post.url })).toBeUndefined();
  });
});

describe('listing and counting', () => {
  beforeEach(async () => {
    await saveSource(db, { ...post, topics: ['Learning', 'Rust'] }, 1);
    await saveSource(db, { kind: 'video', title: 'Talk', url: 'https://video.example/1', topics: ['Rust'] }, 2);
    await saveSource(db, { kind: 'person', title: 'Ada', status: 'archived' }, 3);
  });

  it('lists newest first, and by kind, category, topic and status', async () => {
    expect((await listSources(db)).map((s) => s.title)).toEqual(['Ada', 'Talk', 'On learning']);
    expect((await listSources(db, { kind: 'video' })).map((s) => s.title)).toEqual(['Talk']);
    expect((await listSources(db, { category: 'experts' })).map((s) => s.title)).toEqual(['Ada']);
    expect((await listSources(db, { topic: 'Rust' })).map((s) => s.title)).toEqual(['Talk', 'On learning']);
    expect((await listSources(db, { status: 'archived' })).map((s) => s.title)).toEqual(['Ada']);
    expect((await listSources(db, { topic: 'Rust', kind: 'article' })).map((s) => s.title)).toEqual(['On learning']);
  });

  it('counts by kind, category, status and topic', async () => {
    expect(Object.fromEntries(await countBy(db, 'kind'))).toEqual({ article: 1, person: 1, video: 1 });
    expect(Object.fromEntries(await countBy(db, 'category'))).toEqual({ blogs: 1, experts: 1, videos: 1 });
    expect(Object.fromEntries(await countBy(db, 'status'))).toEqual({ archived: 1, to_explore: 2 });
    expect(Object.fromEntries(await countBy(db, 'topics'))).toEqual({ Learning: 1, Rust: 2 });
  });

  it('lists every topic once, sorted', async () => {
    expect(await listTopics(db)).toEqual(['Learning', 'Rust']);
  });
});

describe('trash', () => {
  it('removes to the trash and restores unchanged', async () => {
    const { source } = await saveSource(db, post, 1);
    await removeSource(db, source.id, 50);
    expect(await getSource(db, source.id)).toBeUndefined();
    expect(await listTrash(db)).toEqual([{ id: source.id, deletedAt: 50, source }]);
    expect(await restoreSource(db, source.id)).toEqual(source);
    expect(await getSource(db, source.id)).toEqual(source);
    expect(await listTrash(db)).toEqual([]);
  });

  it('keeps the newer source when the address was saved again meanwhile', async () => {
    const { source } = await saveSource(db, post, 1);
    await removeSource(db, source.id);
    const again = await saveSource(db, { ...post, title: 'Saved again' }, 2);
    expect((await restoreSource(db, source.id)).id).toBe(again.source.id);
    expect(await db.sources.count()).toBe(1);
  });

  it('says when there is nothing to remove or restore', async () => {
    await expect(removeSource(db, 'nope')).rejects.toBeInstanceOf(SourceNotFoundError);
    await expect(restoreSource(db, 'nope')).rejects.toBeInstanceOf(SourceNotFoundError);
  });
});

describe('addCreators', () => {
  it('links people once and never a source to itself', async () => {
    const page = await saveSource(db, post, 1);
    const ada = await saveSource(db, { kind: 'person', title: 'Ada' }, 1);
    await addCreators(db, page.source.id, [ada.source.id, ada.source.id, page.source.id], 2);
    const linked = await addCreators(db, page.source.id, [ada.source.id], 3);
    expect(linked.creators).toEqual([ada.source.id]);
    expect(linked.updatedAt).toBe(2);
  });
});

describe('trash retention', () => {
  it('deletes for good what was removed more than 30 days ago, with its clip', async () => {
    const day = 24 * 60 * 60 * 1000;
    const old = await saveSource(db, { kind: 'article', title: 'Old', url: 'https://a.example/old' }, 1);
    const recent = await saveSource(db, { kind: 'article', title: 'Recent', url: 'https://a.example/new' }, 1);
    await saveClip(db, old.source.id, { blocks: [{ type: 'p', text: 'old text' }] });
    await removeSource(db, old.source.id, 0);
    await removeSource(db, recent.source.id, 20 * day);
    expect(await purgeTrash(db, 31 * day)).toBe(1);
    expect((await listTrash(db)).map((t) => t.id)).toEqual([recent.source.id]);
    expect(await db.clips.get(old.source.id)).toBeUndefined();
  });

  it('keeps the clip of a source that was restored', async () => {
    const { source } = await saveSource(db, post);
    await saveClip(db, source.id, { blocks: [{ type: 'p', text: 'kept' }] });
    await removeSource(db, source.id);
    await restoreSource(db, source.id);
    await deleteForever(db, source.id);
    expect(await db.clips.get(source.id)).toBeDefined();
  });
});

describe('recordVisit', () => {
  it('counts visits and remembers the last one', async () => {
    const { source } = await saveSource(db, post, 1);
    expect(source.visits).toBe(0);
    await recordVisit(db, source.id, 10);
    await recordVisit(db, source.id, 20);
    expect(await getSource(db, source.id)).toMatchObject({ visits: 2, lastVisitedAt: 20, updatedAt: 1 });
    await expect(recordVisit(db, 'nope')).rejects.toBeInstanceOf(SourceNotFoundError);
  });
});
