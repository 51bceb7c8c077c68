import type { SaveResult } from '../db';
import type { Source, SourceInput } from '../model/source';

/**
 * What one save did to the collection, so that the popup can take it back: a source it created
 * (undone by moving it to the trash, from where it can still be restored), a source it changed
 * (undone by putting back every field as it was), or a person merged into another (undone by
 * putting the other back as it was and bringing the merged one back from the trash).
 */
export type SaveEffect =
  | { type: 'created'; id: string }
  | { type: 'updated'; previous: Source }
  | { type: 'merged'; fromId: string; previous: Source };

/** What a save answered, as an effect to undo; undefined when an update did not say what it replaced. */
export function effectOf(result: SaveResult): SaveEffect | undefined {
  if (result.created) return { type: 'created', id: result.source.id };
  return result.previous ? { type: 'updated', previous: result.previous } : undefined;
}

/**
 * The input that puts a source back as it was: every field it had, and `null` for each it did
 * not have (a field left out would keep what the save wrote). Its address stays, since an
 * address cannot be cleared; its first capture and its visits are never rewritten by a save.
 */
export function revertInput(previous: Source): SourceInput {
  return {
    id: previous.id,
    kind: previous.kind,
    category: previous.category,
    status: previous.status,
    title: previous.title,
    url: previous.url,
    description: previous.description ?? null,
    image: previous.image ?? null,
    siteName: previous.siteName ?? null,
    creators: [...previous.creators],
    topics: [...previous.topics],
    feeds: [...previous.feeds],
    profiles: [...previous.profiles],
    note: previous.note ?? null,
    quote: previous.quote ?? null,
    reliability: previous.reliability ?? null,
  };
}

/** The background's operations an undo uses (the messages of the same names). */
export interface UndoApi {
  removeSource(id: string): Promise<unknown>;
  restoreSource(id: string): Promise<unknown>;
  updateSource(input: SourceInput): Promise<unknown>;
}

/** Undoes effects, the last one first, so that several saves of one source end where it began. */
export async function undoEffects(effects: readonly SaveEffect[], api: UndoApi): Promise<void> {
  for (const effect of [...effects].reverse()) {
    if (effect.type === 'created') await api.removeSource(effect.id);
    else if (effect.type === 'updated') await api.updateSource(revertInput(effect.previous));
    else {
      // The person it went into first, so that the merged one's addresses are free again.
      await api.updateSource(revertInput(effect.previous));
      await api.restoreSource(effect.fromId);
    }
  }
}
