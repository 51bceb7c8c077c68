import { z } from 'zod';
import type { PlnDatabase } from './database';
import { ownersOf } from './sources';
import { Timestamp, LIMITS } from '../model/fields';
import { cleanLine } from '../text';
import { ImportRow } from '../model/import-row';
import { Source, cleanTopics, mergeFeeds } from '../model/source';
import { defaultCategory, defaultStatus } from '../model/vocabulary';
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
  /** Rows or records the import left out because they did not validate. */
  skipped: z.number().int().nonnegative().default(0),
  undone: z.boolean().default(false),
});
export type ImportRecord = z.output<typeof ImportRecord>;

/** Import records kept for undo; older imports can no longer be undone. */
const KEEP_IMPORTS = 10;
export const BATCH = 500;

export interface ImportPreview {
  /** Rows that will become new sources. */
  created: number;
  /** Rows whose address is already saved: they will merge into that source. */
  merged: number;
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

/** What an import would do, before anything is written. */
export async function previewImport(db: PlnDatabase, rows: readonly { url: string }[]): Promise<ImportPreview> {
  const urls = rows.map((r) => normalizeUrl(r.url)).filter((u): u is string => !!u);
  const existing = await existingFor(db, urls);
  const merged = urls.filter((u) => existing.has(u)).length;
  return { created: urls.length - merged, merged };
}

/** A row merged into a saved source: only what the source lacks is taken from the row. */
function mergeRow(source: Source, row: ImportRow, now: number): Source {
  return Source.parse({
    ...source,
    description: source.description ?? row.description,
    image: source.image ?? row.image,
    note: source.note ?? row.note,
    quote: source.quote ?? row.quote,
    topics: cleanTopics([...source.topics, ...row.topics]),
    feeds: mergeFeeds(
      source.feeds,
      row.feeds.map(({ url, title, type }) => ({ url, title, type })),
    ),
    updatedAt: now,
  });
}

function newSource(row: ImportRow, url: string, now: number): Source {
  return Source.parse({
    id: crypto.randomUUID(),
    kind: row.kind,
    category: row.category ?? defaultCategory(row.kind),
    status: row.status ?? defaultStatus(row.kind),
    title: cleanLine(row.title, LIMITS.title) || url,
    url,
    aliases: [url],
    description: row.description,
    image: row.image,
    note: row.note,
    quote: row.quote,
    topics: row.topics,
    feeds: row.feeds,
    createdAt: row.createdAt ?? now,
    updatedAt: now,
  });
}

export type Progress = (done: number, total: number) => void;

/**
 * Writes an import's rows in one transaction: new addresses become sources, known ones merge.
 * Rows that fail validation are skipped and counted. Returns the record that undoes it.
 */
export async function applyImport(
  db: PlnDatabase,
  /** `id`: the record's id, when the caller chose it (to find the import after a lost connection). */
  input: { id?: string; fileName: string; format: string; rows: readonly unknown[] },
  onProgress: Progress = () => undefined,
  now: number = Date.now(),
): Promise<{ record: ImportRecord; skipped: number }> {
  const rows = input.rows.flatMap((raw) => {
    const parsed = ImportRow.safeParse(raw);
    const url = parsed.success ? normalizeUrl(parsed.data.url) : undefined;
    return parsed.success && url ? [{ row: parsed.data, url }] : [];
  });
  const skipped = input.rows.length - rows.length;
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
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch: Source[] = [];
      for (const { row, url } of rows.slice(i, i + BATCH)) {
        const known = touched.get(url) ?? existing.get(url);
        if (known) {
          if (!recorded.has(known.id)) {
            recorded.add(known.id);
            merged.push(known);
          }
          const next = mergeRow(known, row, now);
          touched.set(url, next);
          batch.push(next);
        } else {
          const source = newSource(row, url, now);
          created.push(source.id);
          recorded.add(source.id);
          touched.set(url, source);
          batch.push(source);
        }
      }
      await db.sources.bulkPut(batch);
      onProgress(Math.min(i + BATCH, rows.length), rows.length);
    }
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
