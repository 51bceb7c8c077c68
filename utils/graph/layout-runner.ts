import type { NetworkGraph } from './build';
import {
  applyPositions,
  layoutBudgetMs,
  layoutIterations,
  layoutSettings,
  layoutSync,
  SYNC_LAYOUT_MAX_ORDER,
  type LayoutProgress,
  type LayoutRequest,
} from './layout';

export interface LayoutResult {
  /** From the start of `runLayout` to the last positions applied. */
  ms: number;
  iterations: number;
  inWorker: boolean;
  /** Of which spent computing in the worker. */
  workerMs?: number;
}

export interface LayoutRun {
  /** Resolves when the layout is done (or cancelled). */
  finished: Promise<LayoutResult>;
  cancel(): void;
}

/** How often a running layout shows its progress: often enough to see it settle. */
const PROGRESS_EVERY_MS = 400;

/**
 * Lays the graph out: at once for a small graph, in a web worker for a big one, the positions
 * applied as they come so that sigma redraws the graph settling. Falls back to a synchronous
 * layout if a worker cannot start.
 */
export function runLayout(graph: NetworkGraph): LayoutRun {
  const started = performance.now();
  const iterations = layoutIterations(graph.order);
  const sync = (): LayoutRun => {
    layoutSync(graph, iterations);
    return {
      finished: Promise.resolve({ ms: performance.now() - started, iterations, inWorker: false }),
      cancel: () => undefined,
    };
  };
  if (graph.order <= SYNC_LAYOUT_MAX_ORDER || typeof Worker === 'undefined') return sync();

  let worker: Worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return sync();
  }
  let settle: (result: LayoutResult) => void = () => undefined;
  const finished = new Promise<LayoutResult>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<LayoutProgress>) => {
    applyPositions(graph, event.data.positions);
    if (event.data.done) {
      worker.terminate();
      settle({
        ms: performance.now() - started,
        iterations: event.data.iterations,
        inWorker: true,
        workerMs: event.data.workerMs,
      });
    }
  };
  worker.onerror = () => {
    worker.terminate();
    layoutSync(graph, iterations);
    settle({ ms: performance.now() - started, iterations, inWorker: false });
  };
  const request: LayoutRequest = {
    graph: graph.export(),
    iterations,
    // Each call of ForceAtlas2 starts its speed-up afresh, so not one iteration at a time; but
    // few in a big graph, where an iteration is long, so that the time budget holds.
    chunk: graph.order > 3_000 ? 2 : 5,
    progressEveryMs: PROGRESS_EVERY_MS,
    budgetMs: layoutBudgetMs(graph.order),
    settings: layoutSettings(graph.order),
  };
  worker.postMessage(request);
  return {
    finished,
    cancel: () => {
      worker.terminate();
      settle({ ms: performance.now() - started, iterations: 0, inWorker: true });
    },
  };
}
