import { z } from 'zod';
import type { PlnDatabase } from './database';
import { ownersOf } from './sources';
import { Timestamp, LIMITS } from '../model/fields';
import { cleanLine, nameKey } from '../text';
import { ImportRow } from '../model/import-row';
import { Source, cleanTopics, mergeFeeds } from '../model/source';
import { CATEGORIES, KINDS, defaultCategory, defaultStatus, type Category, type Kind } from '../model/vocabulary';
import { isHttpUrl } from '../url/http';
import { normalizeUrl } from '../url/normalize';

/**
 * Imports: an import merges into the collection and never overwrites what the person wrote; it runs in
 * one transaction and is recorded, so that it can be undone as a whole.
 */

export const ImportRecord = z.object({
  id: z.string(),
  createdAt: Timestamp,
  fileName: z.string().max(500),
  format: z.string().max(40),
  /** Sources the import added. */
  created: z.array(z.string()),
  /**
   * The `updatedAt` each added source was written with, where it is not the import's own time
   * (a backup's sources keep theirs): what undo compares to tell an untouched source from one the
   * person changed since.
   */
  stamps: z.record(z.string(), Timestamp).default({}),
  /** Sources it merged into, as they were before. */
  merged: z.array(Source),
  /** Trash records and clips a backup restored. */
  trashed: z.array(z.string()).default([]),
  clips: z.array(z.string()).default([]),
  /**
   * Goals and journal entries a backup restored, by id, with the time each was written with (a
   * goal's `updatedAt`, an entry's `updatedAt` or else `createdAt`): undo takes out those unchanged since.
   */
  goals: z.record(z.string(), Timestamp).default({}),
  journal: z.record(z.string(), Timestamp).default({}),
  /** Rows or records the import left out because they did not validate. */
  skipped: z.number().int().nonnegative().default(0),
  undone: z.boolean().default(false),
});
export type ImportRecord = z.output<typeof ImportRecord>;

/** Import records kept for undo; older imports can no longer be undone. */
const KEEP_IMPORTS = 10;
export const BATCH = 500;
/** Batches put and not yet written, at most, while the next is built. */
const IN_FLIGHT = 2;

export interface ImportPreview {
  /** Rows that will become new sources, and authors who will become new people. */
  created: number;
  /** Rows whose address is already saved: they will merge into that source. */
  merged: number;
  /** The new sources by the category they will be in (authors are people: Experts). */
  byCategory?: Partial<Record<Category, number>>;
}

/** What the preview reads of a row (a row of any format, or a backup's source). */
export interface PreviewRow {
  url: string;
  kind?: string;
  category?: string | undefined;
  creators?: readonly { name: string }[];
}

/** The saved sources these addresses belong to, by address. */
export async function existingFor(db: PlnDatabase, urls: readonly string[]): Promise<Map<string, Source>> {
  const found = new Map<string, Source>();
  for (let i = 0; i < urls.length; i += BATCH) {
    for (const source of await ownersOf(db, urls.slice(i, i + BATCH))) {
      for (const address of [source.url, ...source.aliases])
        if (address && !found.has(address)) found.set(address, source);
    }
  }
  return found;
}

/** Saved people by name (`nameKey`), for the names asked: an author links to the first of that name. */
async function peopleByName(db: PlnDatabase, keys: ReadonlySet<string>): Promise<Map<string, Source>> {
  const found = new Map<string, Source>();
  if (keys.size === 0) return found;
  await db.sources
    .where('kind')
    .equals('person')
    .each((person) => {
      const key = nameKey(person.title);
      if (keys.has(key) && !found.has(key)) found.set(key, person);
    });
  return found;
}

function creatorKeys(rows: readonly { creators?: readonly { name: string }[] | undefined }[]): Set<string> {
  const keys = new Set<string>();
  for (const row of rows) for (const creator of row.creators ?? []) keys.add(nameKey(creator.name));
  keys.delete('');
  return keys;
}

/** What an import would do, before anything is written. */
export async function previewImport(db: PlnDatabase, rows: readonly PreviewRow[]): Promise<ImportPreview> {
  // Each address once, normalized once, with the row that first has it.
  const first = new Map<string, PreviewRow>();
  for (const row of rows) {
    const url = normalizeUrl(row.url);
    if (url !== undefined && !first.has(url)) first.set(url, row);
  }
  const existing = await existingFor(db, [...first.keys()]);
  const byCategory: Partial<Record<Category, number>> = {};
  const count = (category: Category) => (byCategory[category] = (byCategory[category] ?? 0) + 1);
  let created = 0;
  let merged = 0;
  for (const [url, row] of first) {
    if (existing.has(url)) {
      merged++;
    } else {
      created++;
      const kind = (KINDS as readonly string[]).includes(row.kind ?? '') ? (row.kind as Kind) : 'article';
      const category = (CATEGORIES as readonly string[]).includes(row.category ?? '')
        ? (row.category as Category)
        : undefined;
      count(category ?? defaultCategory(kind));
    }
  }
  const keys = creatorKeys(rows);
  const known = await peopleByName(db, keys);
  for (const key of keys) {
    if (known.has(key)) continue;
    created++;
    count(defaultCategory('person'));
  }
  return { created, merged, byCategory };
}

/**
 * `fields` without those that are undefined: a field without a value is stored as no field at all,
 * which makes each of thousands of records smaller to write (and reads the same).
 */
function present(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in fields) if (fields[key] !== undefined) out[key] = fields[key];
  return out;
}

/** A row merged into a saved source: only what the source lacks is taken from the row. */
function mergeRow(source: Source, row: ImportRow, now: number, creators: readonly string[]): Source {
  return Source.parse(
    present({
      ...source,
      creators: [...new Set([...source.creators, ...creators])].slice(0, LIMITS.creators),
      siteName: source.siteName ?? row.siteName,
      description: source.description ?? row.description,
      image: source.image ?? row.image,
      note: withEmail(source.note ?? row.note, source.note?.includes(row.email ?? '') ? undefined : row.email),
      quote: source.quote ?? row.quote,
      topics: cleanTopics([...source.topics, ...row.topics]),
      feeds: mergeFeeds(
        source.feeds,
        row.feeds.map(({ url, title, type }) => ({ url, title, type })),
      ),
      updatedAt: now,
    }),
  );
}

/** A note with an email address (a contacts export's, kept only when the person asked) after it. */
function withEmail(note: string | undefined, email: string | undefined): string | undefined {
  if (!email) return note;
  return note ? `${note}\n${email}` : email;
}

function newSource(row: ImportRow, url: string, now: number, creators: readonly string[]): Source {
  return Source.parse(
    present({
      id: crypto.randomUUID(),
      kind: row.kind,
      category: row.category ?? defaultCategory(row.kind),
      status: row.status ?? defaultStatus(row.kind),
      title: cleanLine(row.title, LIMITS.title) || url,
      url,
      aliases: [url],
      creators,
      siteName: row.siteName,
      description: row.description,
      image: row.image,
      note: withEmail(row.note, row.email),
      quote: row.quote,
      topics: row.topics,
      feeds: row.feeds,
      createdAt: row.createdAt ?? now,
      updatedAt: now,
    }),
  );
}

/** An author who is not saved yet: a person known by name only. */
function newPerson(name: string, now: number): Source {
  return Source.parse({
    id: crypto.randomUUID(),
    kind: 'person',
    category: defaultCategory('person'),
    status: defaultStatus('person'),
    title: cleanLine(name, LIMITS.name),
    createdAt: now,
    updatedAt: now,
  });
}

export type Progress = (done: number, total: number) => void;

/** A row that validated, with its address normalized: what an import writes. */
export interface CheckedRow {
  row: ImportRow;
  url: string;
}

/**
 * ImportRow, but its address only bounded: `checkImportRows` checks it with the URL it parses to
 * normalize it, instead of parsing each address twice.
 */
const RowFields = ImportRow.extend({ url: z.string().max(LIMITS.url) });

/**
 * Checks rows before they are written: those that validate, with their address normalized, and
 * how many did not (they are skipped and counted). The background checks each chunk of an import
 * as it arrives, while the page sends the next.
 */
export function checkImportRows(raw: readonly unknown[]): { rows: CheckedRow[]; skipped: number } {
  const rows: CheckedRow[] = [];
  for (const item of raw) {
    const parsed = RowFields.safeParse(item);
    if (!parsed.success) continue;
    const address = parsed.data.url;
    const url = normalizeUrl(address);
    // What ImportRow's `HttpUrl` asks of the address: normalizeUrl parsed it as an http(s) URL
    // already, unless it trimmed spaces off first.
    if (url === undefined || (address !== address.trim() && !isHttpUrl(address))) continue;
    rows.push({ row: parsed.data, url });
  }
  return { rows, skipped: raw.length - rows.length };
}

/** `id`: the record's id, when the caller chose it (to find the import after a lost connection). */
interface ImportHeader {
  id?: string;
  fileName: string;
  format: string;
}

/**
 * Writes an import's rows in one transaction: new addresses become sources, known ones merge.
 * Rows that fail validation are skipped and counted. Returns the record that undoes it.
 */
export function applyImport(
  db: PlnDatabase,
  input: ImportHeader & { rows: readonly unknown[] },
  onProgress: Progress = () => undefined,
  now: number = Date.now(),
): Promise<{ record: ImportRecord; skipped: number }> {
  return writeImport(db, { ...input, ...checkImportRows(input.rows) }, onProgress, now);
}

/** `applyImport` for rows already checked (`checkImportRows`): `skipped` is how many were not valid. */
export async function writeImport(
  db: PlnDatabase,
  input: ImportHeader & { rows: readonly CheckedRow[]; skipped: number },
  onProgress: Progress = () => undefined,
  now: number = Date.now(),
): Promise<{ record: ImportRecord; skipped: number }> {
  const { rows, skipped } = input;
  return db.transaction('rw', db.sources, db.imports, async () => {
    const existing = await existingFor(
      db,
      rows.map((r) => r.url),
    );
    const created: string[] = [];
    const merged: Source[] = [];
    // Ids already recorded, so that a source met again is recorded once (Sets: imports are large).
    const recorded = new Set<string>();
    const touched = new Map<string, Source>();
    // Authors: a saved person of that name, or a new person (known by name, without an address).
    const people = await peopleByName(db, creatorKeys(rows.map((r) => r.row)));
    const creatorIds = (row: ImportRow, batch: Source[]): string[] =>
      (row.creators ?? []).flatMap(({ name }) => {
        const key = nameKey(name);
        if (!key) return [];
        let person = people.get(key);
        if (!person) {
          person = newPerson(name, now);
          people.set(key, person);
          created.push(person.id);
          recorded.add(person.id);
          batch.push(person);
        }
        return [person.id];
      });
    // Each batch is put as soon as it is built, without waiting for the one before: IndexedDB
    // carries out a transaction's requests in order, so the database writes one batch while the
    // next is built, and progress is told as each batch is written. At most IN_FLIGHT batches
    // wait in the database, so that a transaction cut short (the browser stopped the background)
    // has little to throw away, and progress is told as it goes.
    const writes: Promise<void>[] = [];
    for (let i = 0; i < rows.length; i += BATCH) {
      if (writes.length >= IN_FLIGHT) await writes.shift();
      const batch: Source[] = [];
      for (const { row, url } of rows.slice(i, i + BATCH)) {
        const creators = creatorIds(row, batch);
        const known = touched.get(url) ?? existing.get(url);
        if (known) {
          if (!recorded.has(known.id)) {
            recorded.add(known.id);
            merged.push(known);
          }
          const next = mergeRow(known, row, now, creators);
          touched.set(url, next);
          batch.push(next);
        } else {
          const source = newSource(row, url, now, creators);
          created.push(source.id);
          recorded.add(source.id);
          touched.set(url, source);
          batch.push(source);
        }
      }
      const done = Math.min(i + BATCH, rows.length);
      const written = db.sources.bulkPut(batch).then(() => onProgress(done, rows.length));
      // Awaited in its turn; when an earlier batch fails, the transaction fails with that error,
      // and this one's (the same abort) needs no other handler.
      written.catch(() => undefined);
      writes.push(written);
    }
    for (const written of writes) await written;
    const record = ImportRecord.parse({
      id: input.id ?? crypto.randomUUID(),
      createdAt: now,
      fileName: input.fileName.slice(0, 500),
      format: input.format,
      created,
      merged,
      skipped,
    });
    await db.imports.put(record);
    await pruneImports(db);
    return { record, skipped };
  });
}

export async function pruneImports(db: PlnDatabase): Promise<void> {
  const ids = await db.imports.orderBy('createdAt').reverse().offset(KEEP_IMPORTS).primaryKeys();
  await db.imports.bulkDelete(ids);
}

/** One import's record, if it was written (and is still kept). */
export async function getImport(db: PlnDatabase, id: string): Promise<ImportRecord | undefined> {
  const stored = await db.imports.get(id);
  // Parsed, so that a record written before `stamps` and `skipped` existed has their defaults.
  return stored && ImportRecord.parse(stored);
}

export function listImports(db: PlnDatabase): Promise<ImportRecord[]> {
  return db.imports.orderBy('createdAt').reverse().toArray();
}

/** A person an import added, and a saved person of the same name: perhaps one person, perhaps two. */
export interface SamePersonSuggestion {
  person: Source;
  other: Source;
}

/**
 * "Same person?" after an import: the people it added who share their name (as `nameKey`
 * compares names) with another saved person. Only suggestions, never merged here: two people
 * may share a name, and the same person from two platforms is not merged on name alone.
 */
export async function samePersonSuggestions(
  db: PlnDatabase,
  created: readonly string[],
  limit = 50,
): Promise<SamePersonSuggestion[]> {
  const added = new Set(created);
  const byName = new Map<string, Source[]>();
  await db.sources
    .where('kind')
    .equals('person')
    .each((person) => {
      const key = nameKey(person.title);
      if (key) byName.set(key, [...(byName.get(key) ?? []), person]);
    });
  const out: SamePersonSuggestion[] = [];
  const paired = new Set<string>();
  for (const people of byName.values()) {
    if (people.length < 2) continue;
    for (const person of people) {
      if (!added.has(person.id)) continue;
      for (const other of people) {
        const pair = [person.id, other.id].sort().join(' ');
        if (other.id === person.id || paired.has(pair)) continue;
        paired.add(pair);
        out.push({ person, other });
        if (out.length >= limit) return out;
      }
    }
  }
  return out;
}
