import type { PlnDatabase } from './database';
import {
  Source,
  SourceInput,
  TrashedSource,
  cleanTopics,
  mergeFeeds,
  type Profile,
  type SourceInput as SourceInputType,
} from '../model/source';
import { defaultCategory, defaultStatus, type Category, type Kind, type Status } from '../model/vocabulary';
import { cleanLine, LIMITS } from '../model/fields';
import { Clip, ClipInput, clipText, countWords, type ClipInput as ClipInputType } from '../model/clip';
import { normalizeUrl } from '../url/normalize';
import type { BulkChange, BulkPrevious } from '../model/bulk';

/**
 * The only module that reads and writes the database's tables. Every function takes the
 * database as its first argument, so tests give it a fresh one.
 */

export interface SaveResult {
  source: Source;
  /** True when a new source was created, false when an existing one was updated. */
  created: boolean;
  /** The source as it was before, when one was updated: what an undo puts back. */
  previous?: Source;
}

export class SourceNotFoundError extends Error {
  constructor(id: string) {
    super(`No source with id ${id}`);
    this.name = 'SourceNotFoundError';
  }
}

function newId(): string {
  return crypto.randomUUID();
}

/** Profiles with normalized addresses, once each, without the source's own address. */
function cleanProfiles(profiles: readonly Profile[] | undefined, url: string | undefined): Profile[] {
  const seen = new Set(url === undefined ? [] : [url]);
  const out: Profile[] = [];
  for (const profile of profiles ?? []) {
    const normalized = normalizeUrl(profile.url);
    if (normalized === undefined || seen.has(normalized)) continue;
    seen.add(normalized);
    out.push({ ...profile, url: normalized });
  }
  return out;
}

/** How two names are compared: cleaned, case ignored. */
export function nameKey(name: string): string {
  return cleanLine(name, LIMITS.name).toLocaleLowerCase();
}

/**
 * Creates a source, or updates the one it stands for: the one with its `id`, else the one with
 * the same normalized URL, else (for a person without a link) the person with the same name.
 * Fields the input leaves out keep their stored values; `createdAt` never changes.
 */
export async function saveSource(
  db: PlnDatabase,
  input: SourceInputType,
  now: number = Date.now(),
): Promise<SaveResult> {
  const parsed = SourceInput.parse(input);
  const url = parsed.url === undefined ? undefined : normalizeUrl(parsed.url);
  const image = typeof parsed.image === 'string' ? normalizeUrl(parsed.image) : parsed.image;
  const provenance = parsed.provenance && {
    ...parsed.provenance,
    pageUrl: normalizeUrl(parsed.provenance.pageUrl) ?? parsed.provenance.pageUrl,
  };

  return db.transaction('rw', db.sources, async () => {
    let existing: Source | undefined;
    if (parsed.id !== undefined) {
      existing = await db.sources.get(parsed.id);
      if (!existing) throw new SourceNotFoundError(parsed.id);
    } else if (url !== undefined) {
      existing = await db.sources.get({ url });
    } else if (parsed.kind === 'person') {
      existing = await findPersonByNameIn(db, parsed.title);
    }

    // A URL that already belongs to another source cannot be taken over by an edit.
    if (existing && url !== undefined && url !== existing.url) {
      const owner = await db.sources.get({ url });
      if (owner && owner.id !== existing.id) {
        throw new Error(`Another saved source already has the address ${url}`);
      }
    }

    // Left out (undefined): keep what is stored. Null: clear it.
    const merged: Record<string, unknown> = { ...existing };
    for (const [key, value] of Object.entries({ ...parsed, url, image, provenance })) {
      if (value === null) delete merged[key];
      else if (value !== undefined) merged[key] = value;
    }
    const kind: Kind = parsed.kind;
    const id = existing?.id ?? newId();
    const profiles = cleanProfiles(merged.profiles as Profile[] | undefined, merged.url as string | undefined);
    const aliases = [...new Set([merged.url as string | undefined, ...profiles.map((p) => p.url)])].filter(
      (a): a is string => a !== undefined,
    );
    // An address stands for one source only: a profile cannot belong to two people.
    for (const alias of aliases) {
      const owner = await db.sources.where('aliases').equals(alias).first();
      if (owner && owner.id !== id) throw new Error(`“${owner.title}” already has the address ${alias}`);
    }
    const record = Source.parse({
      category: defaultCategory(kind) satisfies Category,
      status: defaultStatus(kind) satisfies Status,
      ...merged,
      profiles,
      aliases,
      // The first capture is the provenance; later saves do not rewrite history.
      provenance: existing?.provenance ?? provenance,
      id,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.sources.put(record);
    return existing ? { source: record, created: false, previous: existing } : { source: record, created: true };
  });
}

export function getSource(db: PlnDatabase, id: string): Promise<Source | undefined> {
  return db.sources.get(id);
}

export function getSources(db: PlnDatabase, ids: readonly string[]): Promise<Source[]> {
  return db.sources.bulkGet([...ids]).then((rows) => rows.filter((row): row is Source => row !== undefined));
}

/** The source saved for this address, compared after normalization. */
export async function findByUrl(db: PlnDatabase, url: string): Promise<Source | undefined> {
  const normalized = normalizeUrl(url);
  return normalized === undefined ? undefined : db.sources.get({ url: normalized });
}

/**
 * The source saved for the page at this address: by its own address or one of its profiles',
 * else by the address of the page it was captured from (a page whose canonical address
 * differs from the tab's).
 */
export async function findByAddress(db: PlnDatabase, url: string): Promise<Source | undefined> {
  const normalized = normalizeUrl(url);
  if (normalized === undefined) return undefined;
  return (
    (await db.sources.get({ url: normalized })) ??
    (await db.sources.where('aliases').equals(normalized).first()) ??
    (await db.sources.where('provenance.pageUrl').equals(normalized).first())
  );
}

async function findPersonByNameIn(db: PlnDatabase, name: string): Promise<Source | undefined> {
  const key = nameKey(name);
  if (!key) return undefined;
  return db.sources
    .where('kind')
    .equals('person')
    .filter((person) => nameKey(person.title) === key)
    .first();
}

/** Every saved person whose name is this one, compared as `nameKey` compares names. */
export async function findPeopleNamed(db: PlnDatabase, name: string): Promise<Source[]> {
  const key = nameKey(name);
  if (!key) return [];
  return db.sources
    .where('kind')
    .equals('person')
    .filter((person) => nameKey(person.title) === key)
    .toArray();
}

/** The source one of whose addresses (its url or a profile's) this is. */
export async function findByAlias(db: PlnDatabase, url: string): Promise<Source | undefined> {
  const normalized = normalizeUrl(url);
  if (normalized === undefined) return undefined;
  return (await db.sources.get({ url: normalized })) ?? (await db.sources.where('aliases').equals(normalized).first());
}

/** A saved person: by any of their profile URLs, else by name among people without a URL. */
export async function findPerson(
  db: PlnDatabase,
  person: { name: string; url?: string | undefined },
): Promise<Source | undefined> {
  if (person.url !== undefined) {
    const byUrl = await findByAlias(db, person.url);
    if (byUrl?.kind === 'person') return byUrl;
  }
  const byName = await findPersonByNameIn(db, person.name);
  // Two people may share a name; only a person without a link of their own is matched by it.
  if (byName && (byName.url === undefined || person.url === undefined)) return byName;
  return undefined;
}

export interface SourceFilter {
  kind?: Kind | undefined;
  category?: Category | undefined;
  status?: Status | undefined;
  topic?: string | undefined;
}

/** Sources matching every given criterion, newest first. */
export async function listSources(db: PlnDatabase, filter: SourceFilter = {}): Promise<Source[]> {
  const { kind, category, status, topic } = filter;
  const matches = (s: Source) =>
    (kind === undefined || s.kind === kind) &&
    (category === undefined || s.category === category) &&
    (status === undefined || s.status === status) &&
    (topic === undefined || s.topics.includes(topic));

  // Start from the most selective index the filter names; newest first either way.
  let rows: Source[];
  if (topic !== undefined) rows = await db.sources.where('topics').equals(topic).toArray();
  else if (kind !== undefined) rows = await db.sources.where('kind').equals(kind).toArray();
  else if (category !== undefined) rows = await db.sources.where('category').equals(category).toArray();
  else if (status !== undefined) rows = await db.sources.where('status').equals(status).toArray();
  else return db.sources.orderBy('createdAt').reverse().toArray();
  return rows.filter(matches).sort((a, b) => b.createdAt - a.createdAt);
}

export type CountField = 'kind' | 'category' | 'status' | 'topics';

/** How many sources have each value of a field (for topics, each topic). */
export async function countBy(db: PlnDatabase, field: CountField): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const keys = await db.sources.orderBy(field).keys();
  for (const key of keys) {
    const k = String(key);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function countSources(db: PlnDatabase): Promise<number> {
  return db.sources.count();
}

/** Every topic in use, sorted alphabetically. */
export async function listTopics(db: PlnDatabase): Promise<string[]> {
  const keys = await db.sources.orderBy('topics').uniqueKeys();
  return keys.map(String).sort((a, b) => a.localeCompare(b));
}

/** Moves a source to the trash, from where `restoreSource` brings it back unchanged. */
export async function removeSource(db: PlnDatabase, id: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.sources, db.trash, async () => {
    const source = await db.sources.get(id);
    if (!source) throw new SourceNotFoundError(id);
    await db.trash.put(TrashedSource.parse({ id, deletedAt: now, source }));
    await db.sources.delete(id);
  });
}

/**
 * Brings a source back from the trash. If its address was saved again in the meantime, the
 * newer source stays and the trashed one is dropped.
 */
export async function restoreSource(db: PlnDatabase, id: string): Promise<Source> {
  return db.transaction('rw', db.sources, db.trash, db.clips, async () => {
    const trashed = await db.trash.get(id);
    if (!trashed) throw new SourceNotFoundError(id);
    const { source } = trashed;
    // Its address (or a profile's) may have been saved again meanwhile, or merged into a person.
    const clash = await ownerOf(db, addressesOf(source));
    await db.trash.delete(id);
    if (clash) {
      await db.clips.delete(id);
      return clash;
    }
    await db.sources.put(source);
    return source;
  });
}

/** Every address that stands for a source: its own and its profiles'. */
function addressesOf(source: Pick<Source, 'url' | 'aliases'>): string[] {
  return [...new Set([...(source.url === undefined ? [] : [source.url]), ...(source.aliases ?? [])])];
}

/** The saved source one of these addresses belongs to, if any. */
async function ownerOf(db: PlnDatabase, addresses: readonly string[]): Promise<Source | undefined> {
  if (addresses.length === 0) return undefined;
  return (
    (await db.sources
      .where('url')
      .anyOf([...addresses])
      .first()) ??
    (await db.sources
      .where('aliases')
      .anyOf([...addresses])
      .first())
  );
}

export function listTrash(db: PlnDatabase): Promise<TrashedSource[]> {
  return db.trash.orderBy('deletedAt').reverse().toArray();
}

/** Adds people to a source's creators (keeping those it has). */
export async function addCreators(
  db: PlnDatabase,
  sourceId: string,
  personIds: readonly string[],
  now: number = Date.now(),
): Promise<Source> {
  return db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(sourceId);
    if (!source) throw new SourceNotFoundError(sourceId);
    const creators = [...new Set([...source.creators, ...personIds])].filter((c) => c !== sourceId);
    if (creators.length === source.creators.length) return source;
    const next = Source.parse({ ...source, creators, updatedAt: now });
    await db.sources.put(next);
    return next;
  });
}

/** Keeps an article's readable text for a source, replacing any earlier clip of it. */
export async function saveClip(
  db: PlnDatabase,
  sourceId: string,
  input: ClipInputType,
  now: number = Date.now(),
): Promise<Clip> {
  const parsed = ClipInput.parse(input);
  const clip = Clip.parse({ ...parsed, sourceId, words: countWords(clipText(parsed)), clippedAt: now });
  return db.transaction('rw', db.sources, db.clips, async () => {
    if (!(await db.sources.get(sourceId))) throw new SourceNotFoundError(sourceId);
    await db.clips.put(clip);
    return clip;
  });
}

export function getClip(db: PlnDatabase, sourceId: string): Promise<Clip | undefined> {
  return db.clips.get(sourceId);
}

/** How long a removed source stays in the trash before it is deleted for good. */
export const TRASH_DAYS = 30;

/** Deletes a trashed source for good, with its clip. */
export async function deleteForever(db: PlnDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.trash, db.clips, db.sources, async () => {
    await db.trash.delete(id);
    // A clip belongs to the source; keep it only if the source is back in the collection.
    if (!(await db.sources.get(id))) await db.clips.delete(id);
  });
}

/** Empties the trash of what was removed more than TRASH_DAYS ago; returns how many went. */
export async function purgeTrash(db: PlnDatabase, now: number = Date.now()): Promise<number> {
  const cutoff = now - TRASH_DAYS * 24 * 60 * 60 * 1000;
  const old = await db.trash.where('deletedAt').below(cutoff).primaryKeys();
  for (const id of old) await deleteForever(db, String(id));
  return old.length;
}

/** Counts a visit: the person opened the source from the extension. */
export async function recordVisit(db: PlnDatabase, id: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(id);
    if (!source) throw new SourceNotFoundError(id);
    await db.sources.put({ ...source, visits: (source.visits ?? 0) + 1, lastVisitedAt: now });
  });
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
  if (intoId === fromId) throw new Error('A person cannot be merged with themselves');
  return db.transaction('rw', db.sources, db.trash, async () => {
    const [into, from] = await Promise.all([db.sources.get(intoId), db.sources.get(fromId)]);
    if (!into) throw new SourceNotFoundError(intoId);
    if (!from) throw new SourceNotFoundError(fromId);
    if (into.kind !== 'person' || from.kind !== 'person') throw new Error('Only people can be merged');
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
    if (!profile || url === undefined) throw new Error(`${person.title} has no other profile at ${profileUrl}`);
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

// ---------------------------------------------------------------------------------------------
// Reading the collection in pieces, and following its changes (the side panel's live list).

/** The newest sources, for a first screen while the rest loads. */
export function newestSources(db: PlnDatabase, limit: number): Promise<Source[]> {
  return db.sources.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** Up to `limit` sources in id order, after the id `after` (from the first when undefined). */
export function sourcesAfter(db: PlnDatabase, after: string | undefined, limit: number): Promise<Source[]> {
  const from = after === undefined ? db.sources.toCollection() : db.sources.where(':id').above(after);
  return from.limit(limit).toArray();
}

/** What changed since a reader last looked, as keys only: cheap enough to ask on every change. */
export interface SourceChangeKeys {
  /** Every id in the collection, in id order. */
  ids: string[];
  /** [id, updatedAt] of the sources updated at or after `sinceUpdated`. */
  updated: [string, number][];
  /** [id, lastVisitedAt] of the sources opened at or after `sinceVisited`. */
  visited: [string, number][];
}

export async function sourceChangeKeys(
  db: PlnDatabase,
  sinceUpdated: number,
  sinceVisited: number,
): Promise<SourceChangeKeys> {
  return db.transaction('r', db.sources, async () => {
    const pairs = async (index: 'updatedAt' | 'lastVisitedAt', since: number): Promise<[string, number][]> => {
      const range = db.sources.where(index).aboveOrEqual(since);
      const [keys, ids] = await Promise.all([range.keys(), range.primaryKeys()]);
      return ids.map((id, i) => [String(id), Number(keys[i])]);
    };
    const [ids, updated, visited] = await Promise.all([
      db.sources.toCollection().primaryKeys(),
      pairs('updatedAt', sinceUpdated),
      pairs('lastVisitedAt', sinceVisited),
    ]);
    return { ids: ids.map(String), updated, visited };
  });
}

/** When each clip was kept, by source id, without reading the clips' text. */
export async function clipStamps(db: PlnDatabase): Promise<Map<string, number>> {
  return db.transaction('r', db.clips, async () => {
    const [keys, ids] = await Promise.all([
      db.clips.orderBy('clippedAt').keys(),
      db.clips.orderBy('clippedAt').primaryKeys(),
    ]);
    return new Map(ids.map((id, i) => [String(id), Number(keys[i])]));
  });
}

export async function getClips(db: PlnDatabase, sourceIds: readonly string[]): Promise<Clip[]> {
  const rows = await db.clips.bulkGet([...sourceIds]);
  return rows.filter((row): row is Clip => row !== undefined);
}

// ---------------------------------------------------------------------------------------------
// Bulk edits: one transaction each, and each with its undo.

export interface BulkUpdateResult {
  /** How many sources changed (those already as asked are left alone). */
  updated: number;
  previous: BulkPrevious[];
}

/**
 * Applies one change to many sources in one transaction: set the category or the status, add or
 * remove topics (removal ignores case). Ids that are not (or no longer) saved are skipped.
 */
export async function bulkUpdate(
  db: PlnDatabase,
  ids: readonly string[],
  change: BulkChange,
  now: number = Date.now(),
): Promise<BulkUpdateResult> {
  const removing = new Set((change.removeTopics ?? []).map((topic) => topic.toLocaleLowerCase()));
  return db.transaction('rw', db.sources, async () => {
    const rows = await db.sources.bulkGet([...new Set(ids)]);
    const previous: BulkPrevious[] = [];
    const next: Source[] = [];
    for (const source of rows) {
      if (!source) continue;
      const topics = cleanTopics([
        ...source.topics.filter((t) => !removing.has(t.toLocaleLowerCase())),
        ...(change.addTopics ?? []),
      ]);
      const category = change.category ?? source.category;
      const status = change.status ?? source.status;
      const same =
        category === source.category && status === source.status && topics.join('\n') === source.topics.join('\n');
      if (same) continue;
      previous.push({ id: source.id, category: source.category, status: source.status, topics: [...source.topics] });
      next.push({ ...source, category, status, topics, updatedAt: now });
    }
    await db.sources.bulkPut(next);
    return { updated: next.length, previous };
  });
}

/** Puts back what a bulk change replaced, for the sources still saved; returns how many. */
export async function bulkRevert(
  db: PlnDatabase,
  previous: readonly BulkPrevious[],
  now: number = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.sources, async () => {
    const rows = await db.sources.bulkGet(previous.map((p) => p.id));
    const next: Source[] = [];
    rows.forEach((source, i) => {
      const before = previous[i];
      if (source && before)
        next.push({
          ...source,
          category: before.category,
          status: before.status,
          topics: cleanTopics(before.topics),
          updatedAt: now,
        });
    });
    await db.sources.bulkPut(next);
    return next.length;
  });
}

/** Moves many sources to the trash in one transaction; returns the ids moved. */
export async function bulkRemove(db: PlnDatabase, ids: readonly string[], now: number = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.sources, db.trash, async () => {
    const rows = (await db.sources.bulkGet([...new Set(ids)])).filter((row): row is Source => row !== undefined);
    await db.trash.bulkPut(rows.map((source) => TrashedSource.parse({ id: source.id, deletedAt: now, source })));
    await db.sources.bulkDelete(rows.map((source) => source.id));
    return rows.map((source) => source.id);
  });
}

/**
 * Brings many sources back from the trash in one transaction, as `restoreSource` does one:
 * a source whose address was saved again meanwhile stays out (and its clip goes). Returns how
 * many came back.
 */
export async function bulkRestore(db: PlnDatabase, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', db.sources, db.trash, db.clips, async () => {
    const trashed = (await db.trash.bulkGet([...new Set(ids)]))
      .filter((row): row is TrashedSource => row !== undefined)
      // When two of them share an address, the one removed last comes back.
      .sort((a, b) => b.deletedAt - a.deletedAt);
    // An address (its own or a profile's) saved again meanwhile, or by another source of this
    // batch, keeps the source that has it.
    const addresses = trashed.flatMap(({ source }) => addressesOf(source));
    const owners = [
      ...(await db.sources.where('url').anyOf(addresses).toArray()),
      ...(await db.sources.where('aliases').anyOf(addresses).toArray()),
    ];
    const taken = new Set(owners.flatMap(addressesOf));
    const back: TrashedSource[] = [];
    const dropped: TrashedSource[] = [];
    for (const item of trashed) {
      const own = addressesOf(item.source);
      if (own.some((a) => taken.has(a))) dropped.push(item);
      else {
        own.forEach((a) => taken.add(a));
        back.push(item);
      }
    }
    await db.trash.bulkDelete(trashed.map((t) => t.id));
    await db.clips.bulkDelete(dropped.map((t) => t.id));
    await db.sources.bulkPut(back.map((t) => t.source));
    return back.length;
  });
}
