import type { PlnDatabase } from './database';
import { SourceNotFoundError } from './errors';
import { ProblemError } from '../errors';
import { Source, SourceInput, type Profile, type SourceInput as SourceInputType } from '../model/source';
import { nameKey } from '../text';
import { defaultCategory, defaultStatus, type Category, type Kind, type Status } from '../model/vocabulary';
import { normalizeUrl } from '../url/normalize';

/**
 * Sources: saving one (created or merged into the one it stands for), reading, finding and
 * listing them. Every function takes the database first, so that tests give it a fresh one.
 */

export interface SaveResult {
  source: Source;
  /** True when a new source was created, false when an existing one was updated. */
  created: boolean;
  /** The source as it was before, when one was updated: what an undo puts back. */
  previous?: Source;
}

function newId(): string {
  return crypto.randomUUID();
}

/** Profiles with normalized addresses, once each, without the source's own address. */
export function cleanProfiles(profiles: readonly Profile[] | undefined, url: string | undefined): Profile[] {
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
      existing = await personByName(db, parsed.title);
    }

    // A URL that already belongs to another source cannot be taken over by an edit.
    if (existing && url !== undefined && url !== existing.url) {
      const owner = await db.sources.get({ url });
      if (owner && owner.id !== existing.id) {
        throw new ProblemError('problem_address_in_use', url);
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
      if (owner && owner.id !== id) throw new ProblemError('problem_address_taken', owner.title, alias);
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

/**
 * The source saved for an address, compared after normalization: the source it is the address
 * of (its own, or one of its profiles'), else the source captured from a page at that address
 * (a page whose canonical address differs from the tab's).
 */
export async function findSaved(db: PlnDatabase, address: string): Promise<Source | undefined> {
  const normalized = normalizeUrl(address);
  if (normalized === undefined) return undefined;
  return (
    (await db.sources.get({ url: normalized })) ??
    (await db.sources.where('aliases').equals(normalized).first()) ??
    (await db.sources.where('provenance.pageUrl').equals(normalized).first())
  );
}

/** The saved person with this name (compared by `nameKey`: "Jane-Doe" is "Jane Doe"). */
export async function personByName(db: PlnDatabase, name: string): Promise<Source | undefined> {
  const key = nameKey(name);
  if (!key) return undefined;
  return db.sources
    .where('kind')
    .equals('person')
    .filter((person) => nameKey(person.title) === key)
    .first();
}

/** Every saved person whose name is this one, compared as `nameKey` compares names. */
export async function peopleNamed(db: PlnDatabase, name: string): Promise<Source[]> {
  const key = nameKey(name);
  if (!key) return [];
  return db.sources
    .where('kind')
    .equals('person')
    .filter((person) => nameKey(person.title) === key)
    .toArray();
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

/** Counts a visit: the person opened the source from the extension. */
export async function recordVisit(db: PlnDatabase, id: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.sources, async () => {
    const source = await db.sources.get(id);
    if (!source) throw new SourceNotFoundError(id);
    await db.sources.put({ ...source, visits: (source.visits ?? 0) + 1, lastVisitedAt: now });
  });
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
  // The keys of these indexes are strings (a kind, a category, a status or a topic).
  for (const key of keys as string[]) {
    const k = key;
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

/** Every address that stands for a source: its own and its profiles'. */
export function addressesOf(source: Pick<Source, 'url' | 'aliases'>): string[] {
  return [...new Set([...(source.url === undefined ? [] : [source.url]), ...(source.aliases ?? [])])];
}

/** The saved sources any of these (normalized) addresses belong to: by url or by a profile's. */
export async function ownersOf(db: PlnDatabase, addresses: readonly string[]): Promise<Source[]> {
  if (addresses.length === 0) return [];
  const [byUrl, byAlias] = await Promise.all([
    db.sources
      .where('url')
      .anyOf([...addresses])
      .toArray(),
    db.sources
      .where('aliases')
      .anyOf([...addresses])
      .toArray(),
  ]);
  return [...byUrl, ...byAlias];
}
