import { z } from 'zod';
import type { PlnDatabase } from '../db/database';
import {
  addCreators,
  findByAlias,
  nameKey,
  findByUrl,
  findPerson,
  saveClip,
  saveSource,
  type SaveResult,
} from '../db/repository';
import { HttpUrl, LIMITS } from '../model/fields';
import { ClipInput } from '../model/clip';
import { SourceInput, mergeFeeds, type ParsedSourceInput, type Source } from '../model/source';
import { normalizeUrl } from '../url/normalize';

/** An author named on a page, as the popup passes it back to be linked. */
const AuthorRef = z.object({
  name: z.string().min(1).max(LIMITS.name),
  url: HttpUrl.optional(),
});

/**
 * Saving a page: the source as the person edited it, the authors the page names, and the
 * article's readable text when the person chose to keep it.
 */
export const PageCapture = z.object({
  page: SourceInput,
  authors: z.array(AuthorRef).max(20).default([]),
  clip: ClipInput.optional(),
});
export type PageCapture = z.input<typeof PageCapture>;

/** Saving an author as a person, linked to the page it was found on when that page is saved. */
export const PersonCapture = z.object({
  person: SourceInput.refine((p) => p.kind === 'person', { message: 'Not a person' }),
  fromPageUrl: HttpUrl.optional(),
  /** Other profiles the page says are the same person (JSON-LD sameAs, rel=me). */
  sameAs: z.array(HttpUrl).max(20).default([]),
});
export type PersonCapture = z.input<typeof PersonCapture>;

/**
 * Saves a page and links it to the people already saved among its authors, in one transaction.
 */
export async function savePage(db: PlnDatabase, capture: PageCapture, now: number = Date.now()): Promise<SaveResult> {
  const { page, authors, clip } = PageCapture.parse(capture);
  return db.transaction('rw', db.sources, db.clips, async () => {
    const result = await saveSource(db, page, now);
    if (clip && clip.blocks.length > 0) await saveClip(db, result.source.id, clip, now);
    const people = await Promise.all(authors.map((author) => findPerson(db, author)));
    const ids = people.flatMap((p) => (p ? [p.id] : []));
    if (ids.length === 0) return result;
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
  const { person, fromPageUrl, sameAs } = PersonCapture.parse(capture);
  return db.transaction('rw', db.sources, async () => {
    const known =
      person.id === undefined
        ? ((await findPerson(db, { name: person.title, url: person.url })) ??
          (await findLinkedPerson(db, person.title, sameAs)))
        : undefined;
    const result = await saveSource(db, known ? addToKnownPerson(known, person) : person, now);
    if (fromPageUrl !== undefined) {
      const page = await findByUrl(db, fromPageUrl);
      if (page && page.id !== result.source.id) await addCreators(db, page.id, [result.source.id], now);
    }
    return result;
  });
}

/**
 * A person saved again, from the same profile or another: topics, profiles and feeds are added
 * to the ones they have; a new profile address joins their profiles instead of replacing
 * their main address.
 */
export function addToKnownPerson(known: Source, person: ParsedSourceInput): ParsedSourceInput {
  const url = person.url === undefined ? undefined : normalizeUrl(person.url);
  const newProfile = known.url !== undefined && url !== undefined && url !== known.url;
  return {
    ...person,
    id: known.id,
    // The name they have in the network (perhaps edited) stays.
    title: known.title,
    url: newProfile ? known.url : url,
    topics: person.topics ? [...known.topics, ...person.topics] : undefined,
    profiles: [
      ...known.profiles,
      ...(newProfile ? [{ url, site: undefined, handle: undefined }] : []),
      ...(person.profiles ?? []),
    ],
    feeds: person.feeds ? mergeFeeds(known.feeds, person.feeds) : undefined,
    // A category the person chose stays unless one is given now.
    category: person.category ?? known.category,
  };
}

/**
 * A saved person whom one of these links points to and who has the same name: two signals
 * together (a link can be claimed by anyone; a name can be shared) make the same person.
 * A link alone only suggests it; the popup asks.
 */
async function findLinkedPerson(db: PlnDatabase, name: string, links: readonly string[]): Promise<Source | undefined> {
  const key = nameKey(name);
  for (const link of links) {
    const other = await findByAlias(db, link);
    if (other?.kind === 'person' && nameKey(other.title) === key) return other;
  }
  return undefined;
}
