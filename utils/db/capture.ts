import type { PlnDatabase } from './database';
import { saveClip } from './clips';
import { findPerson } from './people';
import { linkToGoal } from './goals';
import { addCreators, findSaved, saveSource, type SaveResult } from './sources';
import { PageCapture, PersonCapture, type CaptureRequest } from '../model/capture';
import { LIMITS } from '../model/fields';
import { cleanText, nameKey } from '../text';
import type { Source } from '../model/source';
import { addToKnownPerson } from '../capture/person-match';

/**
 * Saving what the person captured: a page linked to the authors already saved, a person linked
 * to the page they were found on, each in one transaction.
 */

/** Saves a page and links it to the people already saved among its authors, in one transaction. */
export async function savePage(db: PlnDatabase, capture: PageCapture, now: number = Date.now()): Promise<SaveResult> {
  const { page, authors, clip, goalId } = PageCapture.parse(capture);
  return db.transaction('rw', db.sources, db.clips, db.goals, async () => {
    const result = await saveSource(db, page, now);
    if (clip && clip.blocks.length > 0) await saveClip(db, result.source.id, clip, now);
    const people = await Promise.all(authors.map((author) => findPerson(db, author)));
    const ids = people.flatMap((p) => (p ? [p.id] : []));
    // The goal takes the page and the authors saved before it (those saved after link themselves).
    if (goalId !== undefined) await linkToGoal(db, [result.source.id, ...ids], goalId, now);
    if (ids.length === 0) return goalId === undefined ? result : { ...result, source: await reread(db, result) };
    return { ...result, source: await addCreators(db, result.source.id, ids, now) };
  });
}

/**
 * Saves a person once: a person already saved with the same profile URL (or, without one, the
 * same name) is updated. The page they were found on, if saved, gets them as a creator.
 */
export async function savePerson(
  db: PlnDatabase,
  capture: PersonCapture,
  now: number = Date.now(),
): Promise<SaveResult> {
  const { person, fromPageUrl, sameAs, goalId } = PersonCapture.parse(capture);
  return db.transaction('rw', db.sources, db.goals, async () => {
    const known =
      person.id === undefined
        ? ((await findPerson(db, { name: person.title, url: person.url })) ??
          (await findLinkedPerson(db, person.title, sameAs)))
        : undefined;
    const result = await saveSource(db, known ? addToKnownPerson(known, person) : person, now);
    if (fromPageUrl !== undefined) {
      const page = await findSaved(db, fromPageUrl);
      // The page, not another person found on it (whose provenance is that page too).
      if (page && page.kind !== 'person' && page.id !== result.source.id)
        await addCreators(db, page.id, [result.source.id], now);
    }
    if (goalId === undefined) return result;
    await linkToGoal(db, [result.source.id], goalId, now);
    return { ...result, source: await reread(db, result) };
  });
}

/** A saved source as stored now (after a link to a goal). */
async function reread(db: PlnDatabase, result: SaveResult): Promise<Source> {
  return (await db.sources.get(result.source.id)) ?? result.source;
}

/** Saves a person or a page, as a capture request says. */
export function saveCapture(db: PlnDatabase, request: CaptureRequest, now: number = Date.now()): Promise<SaveResult> {
  return request.type === 'savePerson' ? savePerson(db, request.data, now) : savePage(db, request.data, now);
}

/** What to save for a page, decided from the source already saved for its address. */
export interface CapturePlan {
  request: CaptureRequest;
  /** Text to add to the saved source's quote (selected text), after what it has. */
  quote?: string | undefined;
}

/**
 * Saves the page at an address in one transaction: `plan` decides what to save from the source
 * already saved for that address (see `findSaved`), if any. A quote the plan gives is added to
 * the source's, unless the source has it already.
 */
export async function saveAtAddress(
  db: PlnDatabase,
  address: string,
  plan: (existing: Source | undefined) => CapturePlan,
  now: number = Date.now(),
): Promise<SaveResult> {
  return db.transaction('rw', db.sources, db.clips, db.goals, async () => {
    const { request, quote } = plan(await findSaved(db, address));
    const saved = await saveCapture(db, request, now);
    const text = quote ? cleanText(quote, LIMITS.quote) : '';
    const current = saved.source.quote ?? '';
    if (!text || current.includes(text)) return saved;
    const joined = (current ? `${current}\n\n${text}` : text).slice(0, LIMITS.quote);
    const { source } = await saveSource(
      db,
      { id: saved.source.id, kind: saved.source.kind, title: saved.source.title, quote: joined },
      now,
    );
    return { source, created: saved.created };
  });
}

/**
 * A saved person whom one of these links points to and who has the same name: two signals
 * together (a link can be claimed by anyone; a name can be shared) make the same person.
 * A link alone only suggests it; the popup asks.
 */
async function findLinkedPerson(db: PlnDatabase, name: string, links: readonly string[]): Promise<Source | undefined> {
  const key = nameKey(name);
  for (const link of links) {
    const other = await findSaved(db, link);
    if (other?.kind === 'person' && nameKey(other.title) === key) return other;
  }
  return undefined;
}
