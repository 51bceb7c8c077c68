import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlnDatabase } from '../db';
import { freshDatabase } from '../db/test-db';
import { createHandlers } from '../messaging/handlers';
import { effectOf, undoEffects, type SaveEffect, type UndoApi } from './undo-save';

let db: PlnDatabase;
let handlers: ReturnType<typeof createHandlers>;
let api: UndoApi;
beforeEach(() => {
  db = freshDatabase();
  handlers = createHandlers(db, () => 1_000);
  api = {
    removeSource: (id) => handlers.removeSource({ id }),
    restoreSource: (id) => handlers.restoreSource({ id }),
    updateSource: (input) => handlers.updateSource(input),
  };
});
afterEach(() => db.delete());

const page = { kind: 'article', title: 'Spaced repetition', url: 'https://blog.example/spaced' } as const;

describe('undoing a save', () => {
  it('moves a source the save created to the trash, from where it can come back', async () => {
    const result = await handlers.savePage({ page: { ...page, note: 'try it' }, authors: [] });
    const effect = effectOf(result);
    expect(effect).toEqual({ type: 'created', id: result.source.id });
    await undoEffects([effect!], api);
    expect(await db.sources.count()).toBe(0);
    expect((await db.trash.get(result.source.id))?.source.note).toBe('try it');
    await handlers.restoreSource({ id: result.source.id });
    expect((await db.sources.get(result.source.id))?.title).toBe('Spaced repetition');
  });

  it('puts back every field an update changed, and clears those it added', async () => {
    const first = await handlers.savePage({
      page: { ...page, topics: ['memory'], description: 'About spacing', reliability: { rating: 4 } },
      authors: [],
    });
    const before = first.source;
    const second = await handlers.savePage({
      page: {
        ...page,
        id: before.id,
        title: 'Spaced repetition, revised',
        category: 'research',
        topics: ['learning'],
        note: 'a note',
        quote: 'a quote',
        reliability: null,
        description: null,
      },
      authors: [],
    });
    expect(second.previous).toEqual(before);
    await undoEffects([effectOf(second)!], api);
    const after = await db.sources.get(before.id);
    expect({ ...after, updatedAt: 0 }).toEqual({ ...before, updatedAt: 0 });
  });

  it('takes back several saves in this popup, the last first', async () => {
    const effects: SaveEffect[] = [];
    const created = await handlers.savePage({ page, authors: [] });
    effects.push(effectOf(created)!);
    const updated = await handlers.savePage({ page: { ...page, id: created.source.id, note: 'n' }, authors: [] });
    effects.push(effectOf(updated)!);
    await undoEffects(effects, api);
    expect(await db.sources.count()).toBe(0);
    expect((await db.trash.get(created.source.id))?.source.note).toBeUndefined();
  });

  it('separates a person merged into another again', async () => {
    const kiko = await handlers.savePerson({
      person: { kind: 'person', title: 'Kiko', url: 'https://x.example/kiko' },
    });
    const site = await handlers.savePerson({ person: { kind: 'person', title: 'Kiko', url: 'https://kiko.example/' } });
    const effects: SaveEffect[] = [effectOf(site)!];
    await handlers.mergePeople({ intoId: kiko.source.id, fromId: site.source.id });
    effects.push({ type: 'merged', fromId: site.source.id, previous: kiko.source });
    expect((await db.sources.get(kiko.source.id))?.aliases).toContain('https://kiko.example/');
    await undoEffects(effects, api);
    expect((await db.sources.get(kiko.source.id))?.aliases).toEqual(['https://x.example/kiko']);
    // The one saved in this popup is in the trash, as after undoing its creation.
    expect(await db.sources.count()).toBe(1);
    expect(await db.trash.get(site.source.id)).toBeDefined();
  });
});
