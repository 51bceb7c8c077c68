import { describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { buildNetworkGraph, selectSources, siteNodeKey, sourceNodeKey, topicNodeKey, type NetworkGraph } from './build';

const ada = testSource({
  id: 'ada',
  kind: 'person',
  title: 'Ada Lovelace',
  url: 'https://x.com/ada',
  siteName: 'X',
  topics: ['memory'],
});
const bob = testSource({ id: 'bob', kind: 'person', title: 'Bob', category: 'mentors' });
const loop = testSource({ id: 'loop', kind: 'publication', title: 'The Learning Loop', url: 'https://loop.example/' });
const post = testSource({
  id: 'post',
  title: 'Spaced repetition',
  siteName: 'the learning loop',
  creators: ['ada', 'gone'],
  topics: ['Memory', 'learning science'],
});
const talk = testSource({
  id: 'talk',
  kind: 'video',
  title: 'A talk',
  siteName: 'YouTube',
  creators: ['ada', 'bob'],
  topics: ['memory'],
});
const forum = testSource({ id: 'forum', kind: 'community', title: 'Forum', siteName: 'Discourse', topics: ['rust'] });

function edges(graph: NetworkGraph) {
  return graph.mapEdges((_, a, from, to) => `${from} -${a.relation}-> ${to}`).sort();
}

describe('buildNetworkGraph', () => {
  const graph = buildNetworkGraph([ada, bob, loop, post, talk, forum]);

  it('makes a node of every source, topic and site, each with its group', () => {
    expect(graph.order).toBe(10);
    const groups = Object.fromEntries(graph.mapNodes((key, a) => [key, a.group]));
    expect(groups).toEqual({
      'source:ada': 'person',
      'source:bob': 'person',
      'source:loop': 'publication',
      'source:post': 'source',
      'source:talk': 'source',
      'source:forum': 'source',
      'topic:memory': 'topic',
      'topic:learning science': 'topic',
      'topic:rust': 'topic',
      'site:youtube': 'publication',
    });
    expect(graph.getNodeAttributes(sourceNodeKey('post'))).toMatchObject({
      label: 'Spaced repetition',
      sourceId: 'post',
      kind: 'article',
      category: 'blogs',
    });
    expect(graph.getNodeAttribute(topicNodeKey('memory'), 'label')).toBe('memory');
    expect(graph.getNodeAttribute(siteNodeKey('YouTube'), 'label')).toBe('YouTube');
  });

  it('links content to its creators, topics and publication', () => {
    expect(graph.size).toBe(10);
    expect(edges(graph)).toEqual([
      'source:ada -about-> topic:memory',
      'source:forum -about-> topic:rust',
      'source:post -about-> topic:learning science',
      'source:post -about-> topic:memory',
      // Its site name matches the saved publication's title, whatever the case.
      'source:post -created_by-> source:ada',
      'source:post -published_in-> source:loop',
      'source:talk -about-> topic:memory',
      'source:talk -created_by-> source:ada',
      'source:talk -created_by-> source:bob',
      'source:talk -published_in-> site:youtube',
    ]);
  });

  it('does not link a person or a community to the platform they are on', () => {
    expect(graph.hasNode(siteNodeKey('X'))).toBe(false);
    expect(graph.hasNode(siteNodeKey('Discourse'))).toBe(false);
  });

  it('draws hubs bigger than single pieces of content', () => {
    const size = (key: string) => graph.getNodeAttribute(key, 'size');
    expect(size(topicNodeKey('memory'))).toBeGreaterThan(size(sourceNodeKey('forum')));
    expect(size(sourceNodeKey('ada'))).toBeGreaterThan(size(sourceNodeKey('post')));
  });

  it('is empty for no sources, and never links a source to itself', () => {
    expect(buildNetworkGraph([]).order).toBe(0);
    const self = testSource({ id: 'p', kind: 'person', creators: ['p'] });
    expect(buildNetworkGraph([self]).size).toBe(0);
  });
});

describe('selectSources', () => {
  const all = [ada, bob, loop, post, talk, forum];
  const ids = (list: { id: string }[]) => list.map((s) => s.id);

  it('keeps everything without a filter', () => {
    expect(ids(selectSources(all, {}))).toEqual(ids(all));
  });

  it('keeps a category, with the people who made what is in it', () => {
    expect(ids(selectSources(all, { category: 'videos' }))).toEqual(['ada', 'bob', 'talk']);
  });

  it('keeps a topic, compared without case, with the people who made what has it', () => {
    expect(ids(selectSources(all, { topic: 'MEMORY' }))).toEqual(['ada', 'bob', 'post', 'talk']);
    expect(ids(selectSources(all, { topic: 'memory', category: 'blogs' }))).toEqual(['ada', 'post']);
    expect(selectSources(all, { topic: 'nothing' })).toEqual([]);
  });
});
