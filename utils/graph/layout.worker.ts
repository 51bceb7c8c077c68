import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { NetworkEdge, NetworkNode } from './build';
import { readPositions, type LayoutProgress, type LayoutRequest } from './layout';

/**
 * ForceAtlas2 off the page's main thread, for a bounded number of iterations within a time
 * budget, sending positions back now and then. (The package's worker supervisor runs until it
 * is stopped and builds its worker from a function's source text in a blob: URL; this worker
 * is a file of the extension, bundled by Vite like the rest.)
 */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const started = performance.now();
  const { iterations, chunk, progressEveryMs, budgetMs, settings } = event.data;
  const graph = Graph.from<NetworkNode, NetworkEdge>(event.data.graph);
  let sent = started;
  for (let done = 0; done < iterations;) {
    const step = Math.min(chunk, iterations - done);
    forceAtlas2.assign(graph, { iterations: step, settings });
    done += step;
    const now = performance.now();
    const last = done >= iterations || now - started >= budgetMs;
    // Positions go back now and then, not after every chunk: each one makes the page redraw.
    if (!last && now - sent < progressEveryMs) continue;
    sent = now;
    const progress: LayoutProgress = {
      positions: readPositions(graph),
      iterations: done,
      done: last,
      workerMs: now - started,
    };
    self.postMessage(progress, { transfer: [progress.positions.buffer] });
    if (last) break;
  }
};
