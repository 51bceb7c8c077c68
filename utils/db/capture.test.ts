import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlnDatabase } from './database';
import { getSource, saveSource } from './sources';
import { savePage, savePerson } from './capture';
import { freshDatabase } from './test-db';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const page = { kind: 'article', title: 'A post', url: 'https://blog.example/a' } as const;
const jane = { kind: 'person', title: 'Jane Doe', url: 'https://blog.example/about' } as const;

describe('savePage and savePerson', () => {
  it('links the page to an author saved before it', async () => {
    const person = await savePerson(db, { person: jane });
    const saved = await savePage(db, { page, authors: [{ name: 'Jane Doe', url: 'https://blog.example/about' }] });
    expect(saved.source.creators).toEqual([person.source.id]);
  });

  it('links an author saved after the page to it', async () => {
    const saved = await savePage(db, { page, authors: [{ name: 'Jane Doe' }] });
    const person = await savePerson(db, { person: jane, fromPageUrl: 'https://blog.example/a?utm_source=x' });
    expect((await getSource(db, saved.source.id))?.creators).toEqual([person.source.id]);
  });

  it('saves a person once, and adds topics when they are saved again', async () => {
    const first = await savePerson(db, { person: { ...jane, topics: ['writing'] } });
    const second = await savePerson(db, {
      person: { ...jane, url: 'https://blog.example/about/', topics: ['teaching'] },
    });
    expect(second.created).toBe(false);
    expect(second.source.id).toBe(first.source.id);
    expect(second.source.topics).toEqual(['writing', 'teaching']);
    expect(await db.sources.count()).toBe(1);
  });

  it('credits the page found on, never another person found on it', async () => {
    const fromPageUrl = 'https://blog.example/a';
    const provenance = { pageUrl: fromPageUrl, capturedAt: 1 };
    const first = await savePerson(db, { person: { ...jane, provenance }, fromPageUrl });
    const second = await savePerson(db, {
      person: { kind: 'person', title: 'John Roe', url: 'https://john.example/', provenance },
      fromPageUrl,
    });
    expect((await getSource(db, first.source.id))?.creators).toEqual([]);
    const saved = await savePage(db, { page });
    await savePerson(db, { person: jane, fromPageUrl });
    expect((await getSource(db, saved.source.id))?.creators).toEqual([first.source.id]);
    expect(second.source.creators).toEqual([]);
  });

  it('refuses to save a non-person as a person', async () => {
    await expect(savePerson(db, { person: { ...page } })).rejects.toThrow();
  });

  it('does not link anyone when no author is saved', async () => {
    await saveSource(db, { kind: 'person', title: 'Someone else' });
    const saved = await savePage(db, { page, authors: [{ name: 'Jane Doe' }] });
    expect(saved.source.creators).toEqual([]);
  });
});

describe('clips', () => {
  it('keeps the article text with the page, in the same transaction', async () => {
    const saved = await savePage(db, { page, clip: { blocks: [{ type: 'p', text: 'Spaced practice works.' }] } });
    const clip = await db.clips.get(saved.source.id);
    expect(clip).toMatchObject({ sourceId: saved.source.id, words: 3, truncated: false });
  });

  it('saves nothing when the clip is invalid', async () => {
    await expect(savePage(db, { page, clip: { blocks: 'nope' } as never })).rejects.toThrow();
    expect(await db.sources.count()).toBe(0);
  });
});

describe('a person saved from a second profile', () => {
  it('keeps one person, with the new profile added and the main address unchanged', async () => {
    const first = await savePerson(db, { person: { ...jane, category: 'mentors' } });
    await saveSource(db, {
      id: first.source.id,
      kind: 'person',
      title: 'Jane Doe',
      profiles: [{ url: 'https://github.com/jane' }],
    });
    // Found by her GitHub profile; saved from there.
    const again = await savePerson(db, {
      person: { kind: 'person', title: 'jane', url: 'https://github.com/jane', topics: ['code'] },
    });
    expect(again.created).toBe(false);
    expect(again.source).toMatchObject({ url: jane.url, category: 'mentors', title: 'Jane Doe' });
    expect(again.source.profiles.map((p) => p.url)).toEqual(['https://github.com/jane']);
    expect(await db.sources.count()).toBe(1);
  });
});

describe('a person followed from two profiles that link to each other', () => {
  it('is one person with both profiles when the link and the name agree, and two otherwise', async () => {
    const first = await savePerson(db, {
      person: { kind: 'person', title: 'Jane Doe', url: 'https://social.example/@jane' },
    });
    const second = await savePerson(db, {
      person: { kind: 'person', title: 'Jane Doe', url: 'https://code.example/jane' },
      sameAs: ['https://social.example/@jane'],
    });
    expect(second.source.id).toBe(first.source.id);
    expect(second.source.profiles.map((p) => p.url)).toEqual(['https://code.example/jane']);
    // A page that links to her but names someone else is not her.
    const other = await savePerson(db, {
      person: { kind: 'person', title: 'Someone Else', url: 'https://spam.example/x' },
      sameAs: ['https://social.example/@jane'],
    });
    expect(other.source.id).not.toBe(first.source.id);
  });
});
