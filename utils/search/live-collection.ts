import type { PlnDatabase } from '../db';
import type { Source } from '../model/source';
import type { IndexCache } from './index-cache';
import { Indexer, type IndexProgress } from './indexer';
import type { Sort } from './list-query';
import type { SearchHits } from './search-index';
import { SourceStore, defaultYield, type Entry, type StoreEvent } from './source-store';
import { creditsByPerson, peopleOf, sourcesByHost, topicsOf, ViewMemo } from './views';

export type { Entry } from './source-store';

/**
 * The whole collection in memory for the side panel, with its search index, kept up to date as
 * sources change anywhere in the extension. Three parts:
 * - `SourceStore` (source-store.ts): loads the sources (the newest first) and follows their
 *   changes, reading only what changed;
 * - `Indexer` (indexer.ts): keeps the search index up to date, in slices, and saves it;
 * - views (views.ts): sorted orders, topics, people, credits and sites, pure functions of the
 *   sources, computed once per version.
 */

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
  indexing: IndexProgress;
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

export class LiveCollection {
  private readonly store: SourceStore;
  private readonly indexer: Indexer;
  private readonly views = new ViewMemo();
  private readonly listeners = new Set<() => void>();
  private stopped = false;
  private started: Promise<void> | undefined;
  private lastSearch: { query: string; indexVersion: number; hits: SearchHits | undefined } | undefined;

  status: CollectionStatus = {
    version: 0,
    indexVersion: 0,
    loaded: false,
    total: -1,
    indexing: undefined,
    error: undefined,
  };

  constructor(db: PlnDatabase, options: LiveCollectionOptions = {}) {
    const yieldToPage = options.yieldToPage ?? defaultYield;
    this.store = new SourceStore(db, this.onStoreEvent, {
      firstPage: options.firstPage,
      chunk: options.chunk,
      yieldToPage,
    });
    this.indexer = new Indexer(
      this.store,
      {
        cache: options.cache,
        sliceMs: options.sliceMs ?? 8,
        saveDelayMs: options.saveDelayMs ?? 2_000,
        yieldToPage,
      },
      (indexing) => this.emit({ indexing }),
    );
  }

  /** How many sources the index took from its saved form, and how many it (re)indexed. */
  get stats(): { fromCache: number; indexed: number } {
    return this.indexer.stats;
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

  /** Loads the collection, then follows its changes until `stop()`. Starts once. */
  start(): Promise<void> {
    this.started ??= this.load().catch((error: unknown) => {
      if (!this.stopped) this.emit({ error });
    });
    return this.started;
  }

  stop(): void {
    this.stopped = true;
    this.store.stop();
    this.indexer.stop();
    this.listeners.clear();
  }

  private async load(): Promise<void> {
    await this.store.loadFirstPage();
    if (this.stopped) return;
    // The saved index is read while the sources load.
    const saved = this.indexer.readSaved();
    await this.store.loadAll();
    if (this.stopped) return;
    const snapshot = await saved;
    if (this.stopped) return;
    this.indexer.plan(snapshot);
    this.store.follow();
    await this.indexer.work();
  }

  private readonly onStoreEvent = (event: StoreEvent): void => {
    if (this.stopped) return;
    switch (event.type) {
      case 'first-page':
        this.views.noteChange(true);
        return this.emit({}, true);
      case 'counted':
        if (!this.status.loaded) this.emit({ total: event.total });
        return;
      case 'loaded':
        this.views.noteChange(true);
        return this.emit({ total: this.store.entries.size, loaded: true }, true);
      case 'sources':
        this.indexer.sourcesChanged(event.rows, event.removed, event.renamed);
        this.views.noteChange(event.moved, event.removed);
        this.emit({ total: this.store.entries.size }, true);
        void this.indexer.work();
        return;
      case 'clips':
        this.indexer.clipsChanged(event.changed);
        this.emit({}, true);
        void this.indexer.work();
        return;
      case 'error':
        return this.emit({ error: event.error });
    }
  };

  /** Saves the index (compacting it) now; resolves when it is written. */
  save(): Promise<void> {
    return this.indexer.save();
  }

  /** Resolves once every source is loaded and indexed (for tests and benchmarks). */
  async whenIndexed(): Promise<void> {
    while (!this.stopped && (this.indexer.busy || this.status.indexing)) {
      await (this.indexer.idle ?? new Promise((resolve) => setTimeout(resolve, 5)));
    }
  }

  // ---- Reading -------------------------------------------------------------------------------

  get(id: string): Source | undefined {
    return this.store.entries.get(id)?.source;
  }

  get size(): number {
    return this.store.entries.size;
  }

  hasClip(id: string): boolean {
    return this.store.clips.has(id);
  }

  /** The sources matching a query, or undefined for a query without words. */
  search(query: string): SearchHits | undefined {
    const last = this.lastSearch;
    if (last && last.query === query && last.indexVersion === this.status.indexVersion) return last.hits;
    const hits = this.indexer.search(query);
    this.lastSearch = { query, indexVersion: this.status.indexVersion, hits };
    return hits;
  }

  private memo<T>(key: string, compute: () => T): T {
    return this.views.get(this.status.version, key, compute);
  }

  /** Every entry in a sort order (kept over changes that leave it as it is, see ViewMemo). */
  sorted(sort: Sort): readonly Entry[] {
    return this.views.sorted(this.status.version, () => this.store.entries.values(), sort);
  }

  /** Every topic in use, A to Z. */
  topics(): readonly string[] {
    return this.memo('topics', () => topicsOf(this.store.entries.values()));
  }

  /** Every person in the collection, by name. */
  people(): readonly Source[] {
    return this.memo('people', () => peopleOf(this.store.entries.values()));
  }

  /** What a person made (the sources that name them as a creator), newest first. */
  creditedTo(personId: string): readonly Source[] {
    return this.memo('credits', () => creditsByPerson(this.sorted('newest'))).get(personId) ?? [];
  }

  /** What was saved from a site (by host, see `hostOf`), newest first. */
  fromHost(host: string): readonly Source[] {
    return this.memo('hosts', () => sourcesByHost(this.sorted('newest'))).get(host) ?? [];
  }
}
