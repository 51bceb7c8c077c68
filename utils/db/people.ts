import type { PlnDatabase } from './database';
import { SourceNotFoundError } from './errors';
import { ProblemError } from '../errors';
import { removeSource } from './trash';
import { findSaved, personByName, saveSource } from './sources';
import { mergeFeeds, type Profile, type Source } from '../model/source';
import { normalizeUrl } from '../url/normalize';

/** People: finding a saved person, merging two into one, splitting a profile off. */

/** A saved person: by any of their profile URLs, else by name among people without a URL. */
export async function findPerson(
  db: PlnDatabase,
  person: { name: string; url?: string | undefined },
): Promise<Source | undefined> {
  if (person.url !== undefined) {
    const byUrl = await findSaved(db, person.url);
    if (byUrl?.kind === 'person') return byUrl;
  }
  const byName = await personByName(db, person.name);
  // Two people may share a name; only a person without a link of their own is matched by it.
  if (byName && (byName.url === undefined || person.url === undefined)) return byName;
  return undefined;
}

/**
 * Merges person `fromId` into person `intoId`: profiles, feeds and topics are joined, notes
 * kept one after the other, every source made by `fromId` names `intoId` instead, and
 * `fromId` goes to the trash. One transaction.
 */
export async function mergePeople(
  db: PlnDatabase,
  intoId: string,
  fromId: string,
  now: number = Date.now(),
): Promise<Source> {
  if (intoId === fromId) throw new ProblemError('problem_merge_self');
  return db.transaction('rw', db.sources, db.trash, async () => {
    const [into, from] = await Promise.all([db.sources.get(intoId), db.sources.get(fromId)]);
    if (!into) throw new SourceNotFoundError(intoId);
    if (!from) throw new SourceNotFoundError(fromId);
    if (into.kind !== 'person' || from.kind !== 'person') throw new ProblemError('problem_merge_not_people');
    const made = await db.sources.where('creators').equals(fromId).toArray();
    for (const source of made) {
      const creators = [...new Set(source.creators.map((c) => (c === fromId ? intoId : c)))];
      await db.sources.put({ ...source, creators, updatedAt: now });
    }
    // Out of the collection first, so that its addresses are free to move over.
    await removeSource(db, fromId, now);
    const fromProfiles: Profile[] = from.url
      ? [{ url: from.url, site: undefined, handle: undefined }, ...from.profiles]
      : from.profiles;
    const note = [into.note, from.note].filter(Boolean).join('\n\n') || undefined;
    const { source } = await saveSource(
      db,
      {
        id: intoId,
        kind: 'person',
        title: into.title,
        image: into.image ?? from.image,
        profiles: [...into.profiles, ...fromProfiles],
        feeds: mergeFeeds(into.feeds, from.feeds),
        topics: [...into.topics, ...from.topics],
        note: note ?? null,
      },
      now,
    );
    return source;
  });
}

/** Splits one profile off a person into a new person of its own, with the same name. */
export async function splitProfile(
  db: PlnDatabase,
  personId: string,
  profileUrl: string,
  now: number = Date.now(),
): Promise<Source> {
  const url = normalizeUrl(profileUrl);
  return db.transaction('rw', db.sources, async () => {
    const person = await db.sources.get(personId);
    if (!person) throw new SourceNotFoundError(personId);
    const profile = person.profiles.find((p) => p.url === url);
    if (!profile || url === undefined) throw new ProblemError('problem_no_such_profile', person.title, profileUrl);
    await saveSource(
      db,
      { id: personId, kind: 'person', title: person.title, profiles: person.profiles.filter((p) => p !== profile) },
      now,
    );
    const { source } = await saveSource(
      db,
      { kind: 'person', title: person.title, url, category: person.category, status: person.status },
      now,
    );
    return source;
  });
}
