import { z } from 'zod';
import type { PlnDatabase } from './database';
import { ownersOf } from './sources';
import { ProblemError } from '../errors';
import { Clip } from '../model/clip';
import { Timestamp, LIMITS } from '../model/fields';
import { cleanLine } from '../text';
import { ImportRow } from '../model/import-row';
import { Source, TrashedSource, cleanTopics, mergeFeeds } from '../model/source';
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
  /** Sources it merged into, as they were before. */
  merged: z.array(Source),
  /** Trash records and clips a backup restored. */
  trashed: z.array(z.string()).default([]),
  clips: z.array(z.string()).default([]),
  undone: z.boolean().default(false),
});
export type ImportRecord = z.output<typeof ImportRecord>;

/** Import records kept for undo; older imports can no longer be undone. */
const KEEP_IMPORTS = 10;
const BATCH = 500;

export interface ImportPreview {
  /** Rows that will become new sources. */
  created: number;
  /** Rows whose address is already saved: they will merge into that source. */
  merged: number;
}

/** The saved sources these addresses belong to, by address. */
async function existingFor(db: PlnDatabase, urls: readonly string[]): Promise<Map<string, Source>> {
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
  input: { fileName: string; format: string; rows: readonly unknown[] },
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
      id: crypto.randomUUID(),
      createdAt: now,
      fileName: input.fileName.slice(0, 500),
      format: input.format,
      created,
      merged,
    });
    await db.imports.put(record);
    await pruneImports(db);
    return { record, skipped };
  });
}

/** Restores a backup: every record with its id and times; what is already here is kept. */
export async function restoreBackup(
  db: PlnDatabase,
  input: { fileName: string; sources: readonly unknown[]; trash: readonly unknown[]; clips: readonly unknown[] },
  onProgress: Progress = () => undefined,
  now: number = Date.now(),
): Promise<{ record: ImportRecord; skipped: number }> {
  const sources = input.sources.flatMap((s) => {
    const parsed = Source.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const trash = input.trash.flatMap((s) => {
    const parsed = TrashedSource.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const clips = input.clips.flatMap((s) => {
    const parsed = Clip.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const skipped =
    input.sources.length + input.trash.length + input.clips.length - sources.length - trash.length - clips.length;
  return db.transaction('rw', [db.sources, db.trash, db.clips, db.imports], async () => {
    const created: string[] = [];
    const merged: Source[] = [];
    const addresses = sources.flatMap((s) => (s.url ? [s.url] : []));
    const existing = await existingFor(db, addresses);
    for (let i = 0; i < sources.length; i += BATCH) {
      const batch: Source[] = [];
      const slice = sources.slice(i, i + BATCH);
      const byId = await db.sources.bulkGet(slice.map((s) => s.id));
      for (const [j, source] of slice.entries()) {
        const known = byId[j] ?? (source.url ? existing.get(source.url) : undefined);
        if (!known) {
          created.push(source.id);
          batch.push({ ...source, aliases: source.aliases.length ? source.aliases : source.url ? [source.url] : [] });
          continue;
        }
        merged.push(known);
        batch.push(
          Source.parse({
            ...known,
            description: known.description ?? source.description,
            note: known.note ?? source.note,
            quote: known.quote ?? source.quote,
            topics: cleanTopics([...known.topics, ...source.topics]),
            feeds: mergeFeeds(known.feeds, source.feeds),
            creators: [...new Set([...known.creators, ...source.creators])],
            updatedAt: now,
          }),
        );
      }
      await db.sources.bulkPut(batch);
      onProgress(Math.min(i + BATCH, sources.length), sources.length);
    }
    // Trash records and clips that are not here yet; what is here stays. One read, one write each.
    const trashIds = trash.map((r) => r.id);
    const [inTrash, inSources] = await Promise.all([db.trash.bulkGet(trashIds), db.sources.bulkGet(trashIds)]);
    const newTrash = trash.filter((_, j) => !inTrash[j] && !inSources[j]);
    await db.trash.bulkPut(newTrash);
    const trashed = newTrash.map((r) => r.id);
    const haveClip = await db.clips.bulkGet(clips.map((c) => c.sourceId));
    const newClips = clips.filter((_, j) => !haveClip[j]);
    await db.clips.bulkPut(newClips);
    const restoredClips = newClips.map((c) => c.sourceId);
    const record = ImportRecord.parse({
      id: crypto.randomUUID(),
      createdAt: now,
      fileName: input.fileName.slice(0, 500),
      format: 'pln-json',
      created,
      merged,
      trashed,
      clips: restoredClips,
    });
    await db.imports.put(record);
    await pruneImports(db);
    return { record, skipped };
  });
}

async function pruneImports(db: PlnDatabase): Promise<void> {
  const ids = await db.imports.orderBy('createdAt').reverse().offset(KEEP_IMPORTS).primaryKeys();
  await db.imports.bulkDelete(ids);
}

export function listImports(db: PlnDatabase): Promise<ImportRecord[]> {
  return db.imports.orderBy('createdAt').reverse().toArray();
}

/**
 * Undoes an import as a whole: what it added goes, what it merged into is put back as it was
 * — unless the person changed that source since, in which case their change stays.
 */
export async function undoImport(
  db: PlnDatabase,
  id: string,
): Promise<{ removed: number; restored: number; keptChanged: number }> {
  return db.transaction('rw', [db.sources, db.trash, db.clips, db.imports], async () => {
    const record = await db.imports.get(id);
    if (!record) throw new ProblemError('problem_import_gone');
    if (record.undone) throw new ProblemError('problem_import_undone');
    let removed = 0;
    for (const sourceId of record.created) {
      const source = await db.sources.get(sourceId);
      if (!source) continue;
      await db.sources.delete(sourceId);
      await db.clips.delete(sourceId);
      removed += 1;
    }
    let restored = 0;
    let keptChanged = 0;
    for (const before of record.merged) {
      // Changed since, or removed since: the person's later decision stands.
      const now = await db.sources.get(before.id);
      if (!now || now.updatedAt !== record.createdAt) {
        keptChanged += 1;
        continue;
      }
      await db.sources.put(before);
      restored += 1;
    }
    await db.trash.bulkDelete(record.trashed);
    await db.clips.bulkDelete(record.clips);
    await db.imports.put({ ...record, undone: true });
    return { removed, restored, keptChanged };
  });
}
