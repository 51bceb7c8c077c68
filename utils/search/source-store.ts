import {
  clipStamps,
  countSources,
  followChanges,
  getSources,
  newestSources,
  sourceChangeKeys,
  sourcesAfter,
  type DatabaseChange,
  type PlnDatabase,
} from '../db';
import type { Source } from '../model/source';

/**
 * Every source in memory, kept up to date as sources change anywhere in the extension: what the
 * side panel's live collection and the network page are built on.
 *
 * Opening: the newest sources first (a first screen at once, whatever the collection's size),
 * then every source in pieces.
 *
 * Following changes (`followChanges`): writes of a few rows name them, and those rows are read
 * again. Larger writes (a bulk edit) name a range: then keys are compared (every id, for
 * deletions and restorations; the ids and dates of what was updated or opened lately) and only
 * the rows that changed are read. Rows are never all read again.
 */

/** A source and its slot in the search index (-1 while it waits to be indexed). */
export interface Entry {
  source: Source;
  slot: number;
}

/** What the store tells its owner, in the order it happens. */
export type StoreEvent =
  /** The newest sources are in (`entries` holds only them). */
  | { type: 'first-page' }
  /** How many sources there are, counted while the first page shows. */
  | { type: 'counted'; total: number }
  /** Every source is in, and the kept texts' dates. */
  | { type: 'loaded' }
  /**
   * Sources changed: `rows` are new or changed (already in `entries`), `removed` are gone;
   * `renamed` are people whose name changed, appeared or went (what credits them reads their
   * name); `moved` says a change may move a source in some sort order.
   */
  | {
      type: 'sources';
      rows: readonly Source[];
      removed: readonly string[];
      renamed: ReadonlySet<string>;
      moved: boolean;
    }
  /** Kept texts were added, replaced or deleted, for these source ids. */
  | { type: 'clips'; changed: ReadonlySet<string> }
  | { type: 'error'; error: unknown };

export interface StoreOptions {
  /** How many of the newest sources come first. */
  firstPage?: number;
  /** How many sources each read takes. */
  chunk?: number;
  /** Lets the page handle what waits (input, rendering) before work goes on. */
  yieldToPage?: () => Promise<void>;
  /** Whether the kept texts' dates are read and followed (`clips`): not for a page that never shows them. */
  clips?: boolean;
}

export const defaultYield = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** How far back a full check looks for updates: longer than any write takes to commit. */
const CHECK_MARGIN_MS = 60_000;

export class SourceStore {
  readonly entries = new Map<string, Entry>();
  /** When each kept text was clipped, by source id. */
  clips = new Map<string, number>();
  private readonly options: Required<StoreOptions>;
  private stopped = false;
  private following = false;
  private stopFollowing: (() => void) | undefined;
  /** Rows named by writes, to read again. */
  private readonly changedIds = new Set<string>();
  /** A write touched rows it did not name: compare keys. */
  private fullCheck = false;
  private clipsChanged = false;
  private syncing: Promise<void> | undefined;
  /** When the last full check started: writes after it are newer. */
  private checkedAt = 0;
  /** The ids as of the last full check, in id order: a cheap test for "none added or removed". */
  private knownIds: string[] = [];

  constructor(
    readonly db: PlnDatabase,
    private readonly onEvent: (event: StoreEvent) => void,
    options: StoreOptions = {},
  ) {
    this.options = {
      firstPage: options.firstPage ?? 60,
      chunk: options.chunk ?? 5_000,
      yieldToPage: options.yieldToPage ?? defaultYield,
      clips: options.clips ?? true,
    };
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** Starts noting writes, which `follow` catches up with once every source is loaded. */
  private listen(): void {
    if (this.stopFollowing || this.stopped) return;
    this.stopFollowing = followChanges(this.db, this.onChange);
    this.checkedAt = Date.now();
  }

  /** Reads the newest sources, for a first screen while the rest loads (see `loadAll`). */
  async loadFirstPage(): Promise<void> {
    const { db, options } = this;
    // Writes during the load are caught up with after it.
    this.listen();
    // The first screen comes first: counting a large table takes a while, and the database
    // answers one request after another.
    const first = await newestSources(db, options.firstPage);
    performance.mark('pln:first-page-read');
    if (this.stopped) return;
    const counting = countSources(db);
    for (const source of first) this.entries.set(source.id, { source, slot: -1 });
    this.onEvent({ type: 'first-page' });
    void counting.then(
      (total) => !this.stopped && this.onEvent({ type: 'counted', total }),
      () => undefined,
    );
  }

  /** Reads every source, a chunk at a time, and the kept texts' dates. */
  async loadAll(): Promise<void> {
    const { db, options } = this;
    this.listen();
    // The kept texts' dates are read meanwhile (a read of their own, in parallel).
    const clips = options.clips ? clipStamps(db) : Promise.resolve(new Map<string, number>());
    clips.catch(() => undefined);
    const all: Source[] = [];
    for (let after: string | undefined; ;) {
      const chunk = await sourcesAfter(db, after, options.chunk);
      if (this.stopped) return;
      all.push(...chunk);
      after = chunk.at(-1)?.id;
      if (chunk.length < options.chunk) break;
      await options.yieldToPage();
    }
    this.clips = await clips;
    if (this.stopped) return;
    this.entries.clear();
    for (const source of all) this.entries.set(source.id, { source, slot: -1 });
    this.knownIds = all.map((s) => s.id);
    this.onEvent({ type: 'loaded' });
    performance.mark('pln:collection-loaded');
  }

  /** Catches up with what was written since `loadFirstPage`, then follows every change. */
  follow(): void {
    this.following = true;
    this.fullCheck = true;
    this.clipsChanged = this.options.clips;
    void this.sync();
  }

  stop(): void {
    this.stopped = true;
    this.stopFollowing?.();
  }

  private readonly onChange = (change: DatabaseChange): void => {
    for (const id of change.sourceIds) this.changedIds.add(id);
    this.fullCheck ||= change.sourcesUnnamed;
    this.clipsChanged ||= change.clips && this.options.clips;
    if (this.following) void this.sync();
  };

  /** Reads what changed, one read at a time, until nothing more has. */
  private sync(): Promise<void> {
    this.syncing ??= this.readChanges()
      .catch((error: unknown) => {
        if (!this.stopped) this.onEvent({ type: 'error', error });
      })
      .finally(() => {
        this.syncing = undefined;
      });
    return this.syncing;
  }

  private async readChanges(): Promise<void> {
    // Let the writes of one burst gather before reading.
    await Promise.resolve();
    while (!this.stopped && (this.fullCheck || this.changedIds.size > 0 || this.clipsChanged)) {
      if (this.clipsChanged) {
        this.clipsChanged = false;
        this.applyClips(await clipStamps(this.db));
      }
      const need = new Set(this.changedIds);
      this.changedIds.clear();
      let removed: string[] = [];
      if (this.fullCheck) {
        this.fullCheck = false;
        removed = await this.compareKeys(need);
      }
      if (need.size === 0 && removed.length === 0) continue;
      const rows = await getSources(this.db, [...need]);
      if (this.stopped) return;
      const found = new Set(rows.map((r) => r.id));
      for (const id of need) if (!found.has(id) && this.entries.has(id)) removed.push(id);
      this.applyChanges(rows, removed);
    }
  }

  /** Adds to `need` what keys show changed; returns the ids gone. */
  private async compareKeys(need: Set<string>): Promise<string[]> {
    const from = this.checkedAt - CHECK_MARGIN_MS;
    this.checkedAt = Date.now();
    const keys = await sourceChangeKeys(this.db, from, from);
    for (const [id, updatedAt] of keys.updated) if (this.entries.get(id)?.source.updatedAt !== updatedAt) need.add(id);
    for (const [id, visitedAt] of keys.visited)
      if (this.entries.get(id)?.source.lastVisitedAt !== visitedAt) need.add(id);
    const removed: string[] = [];
    if (!sameList(keys.ids, this.knownIds)) {
      const current = new Set(keys.ids);
      for (const id of keys.ids) if (!this.entries.has(id)) need.add(id);
      for (const id of this.entries.keys()) if (!current.has(id)) removed.push(id);
      this.knownIds = keys.ids;
    }
    return removed;
  }

  private applyChanges(rows: readonly Source[], removed: readonly string[]): void {
    if (this.stopped || (rows.length === 0 && removed.length === 0)) return;
    const renamed = new Set<string>(removed);
    let moved = false;
    for (const source of rows) {
      const entry = this.entries.get(source.id);
      if (entry) {
        if (entry.source.kind === 'person' && entry.source.title !== source.title) renamed.add(source.id);
        moved ||= sortKeysDiffer(entry.source, source);
        entry.source = source;
      } else {
        this.entries.set(source.id, { source, slot: -1 });
        if (source.kind === 'person') renamed.add(source.id);
        moved = true;
      }
    }
    for (const id of removed) this.entries.delete(id);
    // The ids changed: the next full check compares them all again.
    if (removed.length > 0 || rows.some((r) => !this.knownIdsHas(r.id))) this.knownIds = [];
    this.onEvent({ type: 'sources', rows, removed, renamed, moved });
  }

  private knownIdsHas(id: string): boolean {
    // knownIds is sorted (IndexedDB key order is code unit order, as `<` on strings).
    let low = 0;
    let high = this.knownIds.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.knownIds[mid]! < id) low = mid + 1;
      else high = mid;
    }
    return this.knownIds[low] === id;
  }

  private applyClips(stamps: Map<string, number>): void {
    if (this.stopped) return;
    const changed = new Set<string>();
    for (const [id, at] of stamps) if (this.clips.get(id) !== at) changed.add(id);
    for (const id of this.clips.keys()) if (!stamps.has(id)) changed.add(id);
    this.clips = stamps;
    if (changed.size > 0) this.onEvent({ type: 'clips', changed });
  }
}

/** Whether a change moves a source in some sort order (see `sortBy`). */
function sortKeysDiffer(a: Source, b: Source): boolean {
  return (
    a.createdAt !== b.createdAt ||
    a.lastVisitedAt !== b.lastVisitedAt ||
    a.title !== b.title ||
    a.reliability?.rating !== b.reliability?.rating
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
