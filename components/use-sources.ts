import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { listGoals, type PlnDatabase } from '@/utils/db';
import type { Goal } from '@/utils/model/goal';
import type { Source } from '@/utils/model/source';
import { firstScreen, readNetworkSummary, saveNetworkSummary, type FirstScreen } from '@/utils/network/first-screen';
import { SourceStore } from '@/utils/search/source-store';
import { newestFirst } from '@/utils/search/views';

/** More sources than any collection holds: a limit that reads them all at once. */
const ONE_READ = 10_000_000;

/** Runs `task` after the next frame is drawn (the first screen drawn from every source comes first). */
function afterNextFrame(task: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(task, 0));
  else setTimeout(task, 0);
}

/**
 * Every source for the network page, newest first, kept up to date as sources change anywhere
 * in the extension: the sources are read once, then only those a write changed (see
 * SourceStore). The entrypoint starts it as its script starts, so that reading the sources (the
 * page's longest wait) begins before the first render rather than after it.
 *
 * Before them, the first screen as the page last drew it, if no source was written since (see
 * utils/network/first-screen.ts): a large network's first screen is drawn from it at once, then
 * again from every source once they are read. Once drawn from every source, the page saves its
 * first screen as the summary for the next time.
 */
export class NetworkSources {
  private readonly store: SourceStore;
  private readonly listeners = new Set<() => void>();
  private sorted: { version: number; sources: Source[] } | undefined;
  /** Bumped whenever sources change. */
  version = 0;
  loaded = false;
  error: unknown = undefined;

  /** The goals as the page opened (see takeFirstGoals). */
  private firstGoals: readonly Goal[] | undefined;
  /** The first screen as the page last drew it, until every source is read. */
  private summary: FirstScreen | undefined;
  private computed: { version: number; screen: FirstScreen } | undefined;

  constructor(db: PlnDatabase) {
    const goals = listGoals(db).then(
      (goals) => {
        this.firstGoals = goals;
      },
      () => undefined,
    );
    this.store = new SourceStore(
      db,
      (event) => {
        if (event.type === 'error') this.error = event.error;
        else if (event.type === 'loaded') {
          // The goals are a few rows: read long before the sources, but never shown after them.
          void goals.then(() => {
            this.loaded = true;
            this.changed();
          });
          return;
        } else if (event.type !== 'sources') return;
        this.changed();
      },
      // Every source in one read: quicker than several, and the page shows nothing until all are in.
      // The page shows no kept texts: their dates are not read.
      { chunk: ONE_READ, clips: false },
    );
    // The stamp is read before the sources: a summary made from them is saved only if no source
    // was written since (utils/db/summaries.ts). The sources are read once the summary and the goals
    // are in, so that a summary is drawn (goals and all) before every source is.
    let stamp: string | undefined;
    Promise.all([readNetworkSummary(db).catch(() => undefined), goals])
      .then(([read]) => {
        stamp = read?.stamp;
        if (!read?.screen) return;
        this.summary = read.screen;
        performance.mark('pln:summary-read');
        this.changed();
      })
      .then(() => this.store.loadAll())
      .then(() => {
        this.store.follow();
        // Saved again even after drawing from one: the date moves the insights on, and a write
        // past the extension (none of its own) would have left the stamp as it was.
        if (stamp === undefined) return;
        const seen = stamp;
        afterNextFrame(() => {
          // From every source (read by now), never the summary drawn before them.
          const screen = this.sources && this.screen;
          if (screen) void saveNetworkSummary(db, seen, screen).catch(() => undefined);
        });
      })
      .catch((error: unknown) => {
        this.error = error;
        this.changed();
      });
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  /**
   * The goals as the page opened, read beside the sources so that the first screen shows them
   * (the goals section then follows them live, and reports a goal it cannot read). Given once:
   * a goals section drawn again later (back from a goal's page) waits for its own read rather
   * than show the goals as they were.
   */
  takeFirstGoals(): readonly Goal[] | undefined {
    const goals = this.firstGoals;
    this.firstGoals = undefined;
    return goals;
  }

  /**
   * The first screen: from every source once they are read, else as the page last drew it (if no
   * source was written since); undefined until one or the other.
   */
  get screen(): FirstScreen | undefined {
    const sources = this.sources;
    if (!sources) return this.summary;
    if (this.computed?.version !== this.version)
      this.computed = { version: this.version, screen: firstScreen(sources, Date.now()) };
    return this.computed.screen;
  }

  /** Every source, newest first; undefined until every source is read. */
  get sources(): readonly Source[] | undefined {
    if (!this.loaded) return undefined;
    if (this.sorted?.version !== this.version)
      this.sorted = { version: this.version, sources: newestFirst(this.store.entries.values()) };
    return this.sorted.sources;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/**
 * The sources (undefined until every one is read), the first screen (see NetworkSources.screen)
 * and any error, re-rendering as they change.
 */
export function useSources(network: NetworkSources): {
  sources: readonly Source[] | undefined;
  screen: FirstScreen | undefined;
  error: unknown;
} {
  const [, setVersion] = useState(network.version);
  const rendered = useRef(network.version);
  rendered.current = network.version;
  // Subscribed as soon as the page is rendered, not after its first paint: a summary that comes in
  // meanwhile is drawn before the sources are (they are read after it).
  useLayoutEffect(() => {
    const update = () => setVersion(network.version);
    const unsubscribe = network.subscribe(update);
    // What changed between this render and the subscription.
    if (network.version !== rendered.current) update();
    return unsubscribe;
  }, [network]);
  return { sources: network.sources, screen: network.screen, error: network.error };
}
