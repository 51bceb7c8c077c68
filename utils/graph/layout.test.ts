import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { buildNetworkGraph, sourceNodeKey, topicNodeKey } from './build';
import {
  applyPositions,
  layoutIterations,
  layoutSync,
  readPositions,
  seedPositions,
  SYNC_LAYOUT_MAX_ORDER,
} from './layout';

function network(articles: number) {
  const people = [testSource({ id: 'ada', kind: 'person' }), testSource({ id: 'bob', kind: 'person' })];
  const content = Array.from({ length: articles }, (_, i) =>
    testSource({
      id: `a${i}`,
      creators: [i % 2 ? 'ada' : 'bob'],
      topics: [`topic ${i % 5}`],
      siteName: `site ${i % 3}`,
    }),
  );
  return buildNetworkGraph([...people, ...content]);
}

const positions = (graph: ReturnType<typeof network>) => graph.mapNodes((key, a) => [key, a.x, a.y]);

describe('seedPositions', () => {
  it('places every node, the same way every time, no two on one spot', () => {
    const a = network(40);
    const b = network(40);
    seedPositions(a);
    seedPositions(b);
    expect(positions(a)).toEqual(positions(b));
    const spots = new Set(a.mapNodes((_, n) => `${n.x.toFixed(3)},${n.y.toFixed(3)}`));
    expect(spots.size).toBe(a.order);
    expect(a.everyNode((_, n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('puts a piece of content near the hubs it links to', () => {
    const graph = network(40);
    seedPositions(graph);
    const at = (key: string) => graph.getNodeAttributes(key);
    const dist = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    const hubs = graph.filterNodes((_, n) => n.group !== 'source');
    const spread = Math.max(...hubs.map((h) => dist(h, hubs[0]!)));
    expect(dist(sourceNodeKey('a0'), topicNodeKey('topic 0'))).toBeLessThan(spread);
  });
});

describe('layoutSync', () => {
  it('runs ForceAtlas2 to finite, spread positions', () => {
    const graph = network(60);
    seedPositions(graph);
    layoutSync(graph);
    expect(graph.everyNode((_, n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    const xs = graph.mapNodes((_, n) => n.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(1);
  });

  it('runs fewer iterations on bigger graphs', () => {
    expect(layoutIterations(SYNC_LAYOUT_MAX_ORDER)).toBeGreaterThan(layoutIterations(2_000));
    expect(layoutIterations(2_000)).toBeGreaterThanOrEqual(layoutIterations(10_000));
  });
});

describe('positions between the page and the worker', () => {
  it('go back onto the nodes they were read from', () => {
    const graph = network(10);
    seedPositions(graph);
    const read = readPositions(graph);
    const copy = network(10);
    applyPositions(copy, read);
    expect(positions(copy)).toEqual(
      positions(graph).map(([k, x, y]) => [k, Math.fround(x as number), Math.fround(y as number)]),
    );
  });
});
