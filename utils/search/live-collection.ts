import { Dexie, RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import {
  type PlnDatabase,
  clipStamps,
  countSources,
  getClips,
  getSources,
  newestSources,
  sourceChangeKeys,
  sourcesAfter,
} from '../db';
import type { Source } from '../model/source';
import { hostOf, sourceStamp, sourceText } from './document';
import type { IndexCache } from './index-cache';
import { sortBy, type Sort } from './list-query';
import { SearchIndex, type SearchHits } from './search-index';

/**
 * The whole collection in memory for the side panel, with its search index, kept up to date as
 * sources change anywhere in the extension.
 *
 * Opening: the newest sources first (a first screen at once, whatever the collection's size),
 * then every source in pieces, then the index: the saved one (see IndexCache) brought up to date
 * by re-indexing only the sources whose `updatedAt` (or kept text) changed, or, the first time,
 * built from scratch. Indexing works in slices of a few milliseconds between which the page
 * handles input; searches meanwhile say the index is incomplete.
 *
 * Following changes: Dexie announces every write to the database, in this page or any other
 * context of the extension (the background writes), with the keys it touched. Writes of a few
 * rows name them: those rows are read again. Larger writes (a bulk edit) name a range: then
 * keys are compared (every id, for deletions and restorations; the ids and dates of what was
 * updated or opened lately) and only the rows that changed are read. Rows are never all read
 * again.
 */

/** A source and its slot in the search index (-1 while it waits to be indexed). */
export interface Entry {
  source: Source;
  slot: number;
}

export interface CollectionStatus {
  /** Bumped whenever sources change. */
  version: number;
  /** Bumped whenever search results may change (sources or index). */
  indexVersion: number;
  /** Every source is in memory (before: only the newest few). */
  loaded: boolean;
  /** How many sources there are; -1 until counted. */
  total: number;
  /** Indexing progress while the index is behind the sources. */
  indexing: { done: number; total: number } | undefined;
  error: unknown;
}

export interface LiveCollectionOptions {
  /** Where the index is kept between sessions; none in tests that do not test it. */
  cache?: IndexCache | undefined;
  /** How many of the newest sources come first. */
  firstPage?: number;
  /** How many sources each read takes. */
  chunk?: number;
  /** How long indexing works before it lets the page handle input. */
  sliceMs?: number;
  /** How long after the last change the index is saved. */
  saveDelayMs?: number;
  /** Lets the page handle what waits (input, rendering) before work goes on. */
  yieldToPage?: () => Promise<void>;
}

const defaultYield = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};

/** How far back a full check looks for updates: longer than any write takes to commit. */
const CHECK_MARGIN_MS = 60_000;

export class LiveCollection {
  private readonly entries = new Map<string, Entry>();
  private index = new SearchIndex();
  /** When each kept text was clipped, by source id. */
  private clips = new Map<string, number>();
  private readonly queue = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private readonly options: Required<Omit<LiveCollectionOptions, 'cache'>> & { cache: IndexCache | undefined };
  private stopped = false;
  /** The index has been compared with the sources (after loading). */
  private planned = false;
  private working: Promise<void> | undefined;
  private dirty = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Rows named by writes, to read again. */
  private readonly changedIds = new Set<string>();
  /** A write named a range of rows: compare keys. */
  private fullCheck = false;
  private clipsChanged = false;
  private syncing: Promise<void> | undefined;
  /** When the last full check started: writes after it are newer. */
  private checkedAt = 0;
  /** The ids as of the last full check, in id order: a cheap test for "none added or removed". */
  private knownIds: string[] = [];
  private derived = new Map<string, unknown>();
  private derivedVersion = -1;
  /** Sorted orders kept over changes that moved nothing, by sort. */
  private orders = new Map<Sort, Entry[]>();
  /** What changes since the orders were made did to them: nothing, removals only, or anything. */
  private orderChange: { kind: 'none' } | { kind: 'removed'; ids: Set<string> } | { kind: 'any' } = { kind: 'any' };
  private lastSearch: { query: string; indexVersion: number; hits: SearchHits | undefined } | undefined;

  /** How many sources the index took from its saved form, and how many it (re)indexed. */
  readonly stats = { fromCache: 0, indexed: 0 };

  status: CollectionStatus = {
    version: 0,
    indexVersion: 0,
    loaded: false,
    total: -1,
    indexing: undefined,
    error: undefined,
  };

  constructor(
    private readonly db: PlnDatabase,
    options: LiveCollectionOptions = {},
  ) {
    this.options = {
      cache: options.cache,
      firstPage: options.firstPage ?? 60,
      chunk: options.chunk ?? 5_000,
      sliceMs: options.sliceMs ?? 8,
      saveDelayMs: options.saveDelayMs ?? 2_000,
      yieldToPage: options.yieldToPage ?? defaultYield,
    };
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: Partial<CollectionStatus>, sources = false): void {
    const version = this.status.version + (sources ? 1 : 0);
    this.status = { ...this.status, ...change, version, indexVersion: this.status.indexVersion + 1 };
    for (const listener of this.listeners) listener();
  }

  private started: Promise<void> | undefined;

  /** Loads the collection, then follows its changes until `stop()`. Starts once. */
  start(): Promise<void> {
    this.started ??= this.load().catch((error: unknown) => {
      if (!this.stopped) this.emit({ error });
    });
    return this.started;
  }

  stop(): void {
    this.stopped = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.listeners.clear();
  }

  private async load(): Promise<void> {
    const { db, options } = this;
    // Writes during the load are caught up with after it.
    Dexie.on.storagemutated.subscribe(this.onMutated);
    this.checkedAt = Date.now();
    // The first screen comes first: counting a large table takes a while, and the database
    // answers one request after another.
    const first = await newestSources(db, options.firstPage);
    performance.mark('pln:first-page-read');
    if (this.stopped) return;
    const counting = countSources(db);
    for (const source of first) this.entries.set(source.id, { source, slot: -1 });
    this.orderChange = { kind: 'any' };
    this.emit({}, true);
    void counting.then(
      (total) => !this.status.loaded && !this.stopped && this.emit({ total }),
      () => undefined,
    );

    // The saved index is read while the sources load.
    const saved = options.cache?.load().catch(() => undefined);
    const all: Source[] = [];
    for (let after: string | undefined; ;) {
      const chunk = await sourcesAfter(db, after, options.chunk);
      if (this.stopped) return;
      all.push(...chunk);
      after = chunk.at(-1)?.id;
      if (chunk.length < options.chunk) break;
      await options.yieldToPage();
    }
    this.clips = await clipStamps(db);
    this.entries.clear();
    for (const source of all) this.entries.set(source.id, { source, slot: -1 });
    this.knownIds = all.map((s) => s.id);
    this.orderChange = { kind: 'any' };
    this.emit({ total: all.length, loaded: true }, true);
    performance.mark('pln:collection-loaded');

    const restored = SearchIndex.fromSnapshot(await saved);
    if (this.stopped) return;
    if (restored) this.index = restored;
    this.planIndexing();
    this.planned = true;
    this.fullCheck = true;
    this.clipsChanged = true;
    void this.sync();
    await this.work();
  }

  /** Queues what the index lacks or has stale, and drops what it has that is gone. */
  private planIndexing(): void {
    const gonePeople = new Set<string>();
    for (const id of [...this.index.ids()]) {
      if (!this.entries.has(id)) {
        this.index.remove(id);
        gonePeople.add(id);
        this.dirty = true;
      }
    }
    for (const [id, entry] of this.entries) {
      if (this.index.stamp(id) === this.stampOf(entry.source)) {
        entry.slot = this.index.slotOf(id);
        this.stats.fromCache += 1;
      } else {
        this.queue.add(id);
        if (entry.source.kind === 'person') gonePeople.add(id);
      }
    }
    this.queueCreditsOf(gonePeople);
  }

  /** Queues the sources that credit any of these people: their names are in those sources' text. */
  private queueCreditsOf(people: ReadonlySet<string>): void {
    if (people.size === 0) return;
    for (const [id, entry] of this.entries) {
      if (entry.source.creators.some((c) => people.has(c))) this.queue.add(id);
    }
  }

  private stampOf(source: Source): string {
    return sourceStamp(source, this.clips.get(source.id));
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    const sources = parts[`idb://${this.db.name}/sources/`];
    const clips = parts[`idb://${this.db.name}/clips/`];
    // Dexie says "all" when a page comes back from the back-forward cache.
    if (parts.all) {
      this.fullCheck = true;
      this.clipsChanged = true;
    }
    if (sources) {
      for (const node of RangeSet(sources as IntervalTree)) {
        if (node.from === node.to && typeof node.from === 'string') this.changedIds.add(node.from);
        else this.fullCheck = true;
      }
    }
    if (clips) this.clipsChanged = true;
    if ((sources || clips || parts.all) && this.planned) void this.sync();
  };

  /** Reads what changed, one read at a time, until nothing more has. */
  private sync(): Promise<void> {
    this.syncing ??= this.readChanges()
      .catch((error: unknown) => {
        if (!this.stopped) this.emit({ error });
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
      if (this.index.stamp(source.id) !== this.stampOf(source) || renamed.has(source.id)) this.queue.add(source.id);
    }
    for (const id of removed) {
      this.entries.delete(id);
      this.index.remove(id);
      this.queue.delete(id);
      this.dirty = true;
    }
    this.noteOrderChange(moved, removed);
    // The ids changed: the next full check compares them all again.
    if (removed.length > 0 || rows.some((r) => !this.knownIdsHas(r.id))) this.knownIds = [];
    this.queueCreditsOf(renamed);
    this.emit({ total: this.entries.size }, true);
    void this.work();
  }

  private noteOrderChange(moved: boolean, removed: readonly string[]): void {
    const change = this.orderChange;
    if (moved || change.kind === 'any') this.orderChange = { kind: 'any' };
    else if (removed.length > 0) {
      const ids = change.kind === 'removed' ? change.ids : new Set<string>();
      for (const id of removed) ids.add(id);
      this.orderChange = { kind: 'removed', ids };
    }
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
    if (changed.size === 0) return;
    for (const id of changed) if (this.entries.has(id)) this.queue.add(id);
    this.emit({}, true);
    void this.work();
  }

  /** Indexes what waits, a slice at a time. */
  private work(): Promise<void> {
    this.working ??= this.drain().finally(() => {
      this.working = undefined;
    });
    return this.working;
  }

  private async drain(): Promise<void> {
    const { options } = this;
    let sliceStart = performance.now();
    let done = 0;
    const progress = () => ({ done, total: done + this.queue.size });
    if (this.queue.size > 0) this.emit({ indexing: progress() });
    while (this.queue.size > 0 && !this.stopped) {
      const batch: string[] = [];
      for (const id of this.queue) {
        batch.push(id);
        this.queue.delete(id);
        if (batch.length === 256) break;
      }
      const withText = batch.filter((id) => this.clips.has(id));
      const clipRows = withText.length > 0 ? await getClips(this.db, withText) : [];
      if (this.stopped) return;
      const clipOf = new Map(clipRows.map((c) => [c.sourceId, c]));
      for (const id of batch) {
        const entry = this.entries.get(id);
        if (!entry) {
          this.index.remove(id);
          continue;
        }
        const clip = clipOf.get(id);
        const names = entry.source.creators.flatMap((c) => this.entries.get(c)?.source.title ?? []);
        this.index.add(id, sourceStamp(entry.source, clip?.clippedAt), sourceText(entry.source, names, clip));
        entry.slot = this.index.slotOf(id);
        done += 1;
        this.stats.indexed += 1;
        this.dirty = true;
        if (performance.now() - sliceStart > options.sliceMs) {
          this.emit({ indexing: progress() });
          await options.yieldToPage();
          if (this.stopped) return;
          sliceStart = performance.now();
        }
      }
    }
    if (this.stopped) return;
    this.emit({ indexing: undefined });
    if (this.planned && !performance.getEntriesByName('pln:index-ready').length) performance.mark('pln:index-ready');
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (!this.options.cache || !this.dirty) return;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, this.options.saveDelayMs);
  }

  /** Saves the index (compacting it) now; resolves when it is written. */
  async save(): Promise<void> {
    const cache = this.options.cache;
    if (!cache || this.stopped || this.queue.size > 0 || this.working) return;
    const snapshot = this.index.snapshot();
    // Compaction renumbered the slots.
    for (const [id, entry] of this.entries) entry.slot = this.index.slotOf(id);
    this.dirty = false;
    this.emit({});
    await cache.save(snapshot).catch(() => {
      this.dirty = true;
    });
  }

  /** Resolves once every source is loaded and indexed (for tests and benchmarks). */
  async whenIndexed(): Promise<void> {
    while (!this.stopped && (!this.planned || this.queue.size > 0 || this.working || this.status.indexing)) {
      await (this.working ?? new Promise((resolve) => setTimeout(resolve, 5)));
    }
  }

  // ---- Reading -------------------------------------------------------------------------------

  get(id: string): Source | undefined {
    return this.entries.get(id)?.source;
  }

  get size(): number {
    return this.entries.size;
  }

  hasClip(id: string): boolean {
    return this.clips.has(id);
  }

  /** The sources matching a query, or undefined for a query without words. */
  search(query: string): SearchHits | undefined {
    const last = this.lastSearch;
    if (last && last.query === query && last.indexVersion === this.status.indexVersion) return last.hits;
    const hits = this.index.search(query);
    this.lastSearch = { query, indexVersion: this.status.indexVersion, hits };
    return hits;
  }

  /** Something computed from the sources, kept until they change. */
  private memo<T>(key: string, compute: () => T): T {
    if (this.derivedVersion !== this.status.version) {
      this.derived.clear();
      this.derivedVersion = this.status.version;
      const change = this.orderChange;
      this.orderChange = { kind: 'none' };
      if (change.kind === 'any') this.orders.clear();
      else if (change.kind === 'removed') {
        for (const [sort, order] of this.orders)
          this.orders.set(
            sort,
            order.filter((e) => !change.ids.has(e.source.id)),
          );
      }
    }
    if (!this.derived.has(key)) this.derived.set(key, compute());
    return this.derived.get(key) as T;
  }

  /**
   * Every entry in a sort order. Sorting 100,000 sources takes a while, so an order is kept over
   * changes that leave it as it is (a bulk edit of topics), and filtered over removals.
   */
  sorted(sort: Sort): readonly Entry[] {
    return this.memo(`sorted:${sort}`, () => {
      let order = this.orders.get(sort);
      if (!order) {
        order = sortBy([...this.entries.values()], sort, (e) => e.source);
        this.orders.set(sort, order);
      }
      return order;
    });
  }

  /** Every topic in use, A to Z. */
  topics(): readonly string[] {
    return this.memo('topics', () => {
      const all = new Set<string>();
      for (const { source } of this.entries.values()) for (const topic of source.topics) all.add(topic);
      return [...all].sort((a, b) => a.localeCompare(b));
    });
  }

  /** Every person in the collection, by name. */
  people(): readonly Source[] {
    return this.memo('people', () =>
      [...this.entries.values()]
        .map((e) => e.source)
        .filter((s) => s.kind === 'person')
        .sort((a, b) => a.title.localeCompare(b.title)),
    );
  }

  /** What a person made (the sources that name them as a creator), newest first. */
  creditedTo(personId: string): readonly Source[] {
    const byPerson = this.memo('credits', () => {
      const map = new Map<string, Source[]>();
      for (const { source } of this.sorted('newest')) {
        for (const c of source.creators) {
          const list = map.get(c);
          if (list) list.push(source);
          else map.set(c, [source]);
        }
      }
      return map;
    });
    return byPerson.get(personId) ?? [];
  }

  /** What was saved from a site (by host, see `hostOf`), newest first. */
  fromHost(host: string): readonly Source[] {
    const byHost = this.memo('hosts', () => {
      const map = new Map<string, Source[]>();
      for (const { source } of this.sorted('newest')) {
        const h = hostOf(source.url);
        if (h === undefined) continue;
        const list = map.get(h);
        if (list) list.push(source);
        else map.set(h, [source]);
      }
      return map;
    });
    return byHost.get(host) ?? [];
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
