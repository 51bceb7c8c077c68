import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import type { SerializedGraph } from 'graphology-types';
import type { NetworkEdge, NetworkGraph, NetworkNode } from './build';

/**
 * Where the graph's nodes go: a deterministic first placement, then ForceAtlas2.
 *
 * Measured (Node 22; scripts/bench-network.mjs measures it in Chromium): 300 nodes take
 * ~40 ms for 150 iterations, so small graphs are laid out at once on the page; 2,000 nodes
 * (6,000 links) take ~9 ms an iteration with Barnes-Hut and 10,000 nodes ~60 ms, so larger
 * graphs go to a web worker, and the page stays responsive while they settle.
 */

/** Up to this many nodes, the layout runs synchronously on the page. */
export const SYNC_LAYOUT_MAX_ORDER = 300;

/**
 * ForceAtlas2's suggested settings, with Barnes-Hut from 500 nodes (it halves the time at
 * 2,000) and a stronger gravity, so that a small cluster (a topic nobody else shares) stays
 * in view instead of drifting to the edge and shrinking everything else.
 */
export function layoutSettings(order: number): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(order), barnesHutOptimize: order > 500, gravity: 1 };
}

/** Fewer iterations for bigger graphs: the placement below starts them close to the result. */
export function layoutIterations(order: number): number {
  if (order <= SYNC_LAYOUT_MAX_ORDER) return 150;
  if (order <= 3_000) return 50;
  return 30;
}

/**
 * The most time a layout in the worker may take: it stops there even if it has iterations
 * left, so the graph is ready in about a second on a slow machine too (a little less settled).
 */
export function layoutBudgetMs(order: number): number {
  return order <= 3_000 ? 700 : 5_000;
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const SPACING = 10;

/** A point of a sunflower spiral: evenly spread, however many there are. */
function spiral(index: number): { x: number; y: number } {
  const r = SPACING * Math.sqrt(index + 0.5);
  return { x: r * Math.cos(index * GOLDEN_ANGLE), y: r * Math.sin(index * GOLDEN_ANGLE) };
}

/** A small offset in [-1, 1) that depends on the key only. */
function jitter(key: string, salt: number): number {
  let h = 2166136261 ^ salt;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) / 2 ** 32) * 2 - 1;
}

/**
 * First positions: hubs (people, topics, publications), the most linked first, on a spiral;
 * every other node beside the hubs it links to; the rest further out on the spiral. The same
 * sources always give the same picture.
 */
export function seedPositions(graph: NetworkGraph): void {
  const hubs = graph.filterNodes((_, a) => a.group !== 'source');
  hubs.sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b));
  let index = 0;
  for (const hub of hubs) graph.mergeNodeAttributes(hub, spiral(index++));
  const isHub = new Set(hubs);
  graph.forEachNode((node, attributes) => {
    if (attributes.group !== 'source') return;
    let x = 0;
    let y = 0;
    let n = 0;
    graph.forEachNeighbor(node, (neighbor, a) => {
      if (!isHub.has(neighbor)) return;
      x += a.x;
      y += a.y;
      n += 1;
    });
    const at = n > 0 ? { x: x / n, y: y / n } : spiral(index++);
    graph.mergeNodeAttributes(node, { x: at.x + jitter(node, 1) * SPACING, y: at.y + jitter(node, 2) * SPACING });
  });
}

/** Lays a small graph out on the spot. */
export function layoutSync(graph: NetworkGraph, iterations: number = layoutIterations(graph.order)): void {
  if (graph.order === 0) return;
  forceAtlas2.assign(graph, { iterations, settings: layoutSettings(graph.order) });
}

/** What the page sends the layout worker. */
export interface LayoutRequest {
  graph: SerializedGraph<NetworkNode, NetworkEdge>;
  iterations: number;
  /** Iterations run between two looks at the clock. */
  chunk: number;
  /** Positions are sent back at most this often, so the graph settles visibly. */
  progressEveryMs: number;
  /** Stop after this long, iterations left or not. */
  budgetMs: number;
  settings: ForceAtlas2Settings;
}

/** What it sends back: x and y of every node, in the graph's node order. */
export interface LayoutProgress {
  positions: Float32Array;
  iterations: number;
  done: boolean;
  /** Time spent in the worker so far. */
  workerMs: number;
}

/** Puts positions from the worker on the graph's nodes (same node order as the request). */
export function applyPositions(graph: NetworkGraph, positions: Float32Array): void {
  let i = 0;
  graph.updateEachNodeAttributes(
    (_, attributes) => {
      const x = positions[i++];
      const y = positions[i++];
      return x === undefined || y === undefined ? attributes : { ...attributes, x, y };
    },
    { attributes: ['x', 'y'] },
  );
}

/** Reads the nodes' positions in node order, as the worker sends them. */
export function readPositions(graph: NetworkGraph): Float32Array {
  const positions = new Float32Array(graph.order * 2);
  let i = 0;
  graph.forEachNode((_, a) => {
    positions[i++] = a.x;
    positions[i++] = a.y;
  });
  return positions;
}
