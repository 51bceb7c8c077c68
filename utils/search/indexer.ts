import { getClips } from '../db';
import type { Source } from '../model/source';
import { sourceStamp, sourceText } from './document';
import type { IndexCache } from './index-cache';
import { SearchIndex, type SearchHits } from './search-index';
import type { SourceStore } from './source-store';

export interface IndexerOptions {
  /** Where the index is kept between sessions; none in tests that do not test it. */
  cache?: IndexCache | undefined;
  /** How long indexing works before it lets the page handle input. */
  sliceMs: number;
  /** How long after the last change the index is saved. */
  saveDelayMs: number;
  /** Lets the page handle what waits (input, rendering) before work goes on. */
  yieldToPage: () => Promise<void>;
}

/** Indexing progress while the index is behind the sources; undefined once it caught up. */
export type IndexProgress = { done: number; total: number } | undefined;

/**
 * Keeps the search index of a SourceStore's sources: the saved one (see IndexCache) brought up
 * to date by re-indexing only the sources whose `updatedAt` (or kept text) changed, or, the first
 * time, built from scratch; then each change as it comes. Indexing works in slices of a few
 * milliseconds between which the page handles input; the index is saved a while after the
 * last change.
 */
export class Indexer {
  private index = new SearchIndex();
  private readonly queue = new Set<string>();
  private working: Promise<void> | undefined;
  private dirty = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  /** The index has been compared with the sources (after loading). */
  planned = false;

  /** How many sources the index took from its saved form, and how many it (re)indexed. */
  readonly stats = { fromCache: 0, indexed: 0 };

  constructor(
    private readonly store: SourceStore,
    private readonly options: IndexerOptions,
    /** Told of progress, and (with no progress) when the index changed without indexing. */
    private readonly onProgress: (indexing: IndexProgress) => void,
  ) {}

  /** Whether sources wait to be indexed, or indexing is under way. */
  get busy(): boolean {
    return !this.planned || this.queue.size > 0 || this.working !== undefined;
  }

  /** Resolves when the indexing under way is done (at once when none is). */
  get idle(): Promise<void> | undefined {
    return this.working;
  }

  /** Starts reading the saved index (while the sources load). */
  readSaved(): Promise<unknown> {
    return this.options.cache?.load().catch(() => undefined) ?? Promise.resolve(undefined);
  }

  /**
   * Takes the saved index when it can be read, then queues what it lacks or has stale and drops
   * what it has that is gone.
   */
  plan(saved: unknown): void {
    const restored = SearchIndex.fromSnapshot(saved);
    if (restored) this.index = restored;
    const { entries } = this.store;
    const gonePeople = new Set<string>();
    for (const id of [...this.index.ids()]) {
      if (!entries.has(id)) {
        this.index.remove(id);
        gonePeople.add(id);
        this.dirty = true;
      }
    }
    for (const [id, entry] of entries) {
      if (this.index.stamp(id) === this.stampOf(entry.source)) {
        entry.slot = this.index.slotOf(id);
        this.stats.fromCache += 1;
      } else {
        this.queue.add(id);
        if (entry.source.kind === 'person') gonePeople.add(id);
      }
    }
    this.queueCreditsOf(gonePeople);
    this.planned = true;
  }

  /** Queues changed sources (and what credits a renamed person); forgets removed ones. */
  sourcesChanged(rows: readonly Source[], removed: readonly string[], renamed: ReadonlySet<string>): void {
    for (const source of rows) {
      if (this.index.stamp(source.id) !== this.stampOf(source) || renamed.has(source.id)) this.queue.add(source.id);
    }
    for (const id of removed) {
      this.index.remove(id);
      this.queue.delete(id);
      this.dirty = true;
    }
    this.queueCreditsOf(renamed);
  }

  /** Queues the sources whose kept text changed. */
  clipsChanged(changed: ReadonlySet<string>): void {
    for (const id of changed) if (this.store.entries.has(id)) this.queue.add(id);
  }

  /** Queues the sources that credit any of these people: their names are in those sources' text. */
  private queueCreditsOf(people: ReadonlySet<string>): void {
    if (people.size === 0) return;
    for (const [id, entry] of this.store.entries) {
      if (entry.source.creators.some((c) => people.has(c))) this.queue.add(id);
    }
  }

  private stampOf(source: Source): string {
    return sourceStamp(source, this.store.clips.get(source.id));
  }

  search(query: string): SearchHits | undefined {
    return this.index.search(query);
  }

  /** Indexes what waits, a slice at a time. */
  work(): Promise<void> {
    this.working ??= this.drain().finally(() => {
      this.working = undefined;
    });
    return this.working;
  }

  private async drain(): Promise<void> {
    const { options, store } = this;
    let sliceStart = performance.now();
    let done = 0;
    const progress = () => ({ done, total: done + this.queue.size });
    if (this.queue.size > 0) this.onProgress(progress());
    while (this.queue.size > 0 && !this.stopped) {
      const batch: string[] = [];
      for (const id of this.queue) {
        batch.push(id);
        this.queue.delete(id);
        if (batch.length === 256) break;
      }
      const withText = batch.filter((id) => store.clips.has(id));
      const clipRows = withText.length > 0 ? await getClips(store.db, withText) : [];
      if (this.stopped) return;
      const clipOf = new Map(clipRows.map((c) => [c.sourceId, c]));
      for (const id of batch) {
        const entry = store.entries.get(id);
        if (!entry) {
          this.index.remove(id);
          continue;
        }
        const clip = clipOf.get(id);
        const names = entry.source.creators.flatMap((c) => store.entries.get(c)?.source.title ?? []);
        this.index.add(id, sourceStamp(entry.source, clip?.clippedAt), sourceText(entry.source, names, clip));
        entry.slot = this.index.slotOf(id);
        done += 1;
        this.stats.indexed += 1;
        this.dirty = true;
        if (performance.now() - sliceStart > options.sliceMs) {
          this.onProgress(progress());
          await options.yieldToPage();
          if (this.stopped) return;
          sliceStart = performance.now();
        }
      }
    }
    if (this.stopped) return;
    this.onProgress(undefined);
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
    for (const [id, entry] of this.store.entries) entry.slot = this.index.slotOf(id);
    this.dirty = false;
    this.onProgress(undefined);
    await cache.save(snapshot).catch(() => {
      this.dirty = true;
    });
  }

  stop(): void {
    this.stopped = true;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
  }
}
