import Graph from 'graphology';
import type { Source } from '../model/source';
import { AGENT_KINDS, type Category, type Kind } from '../model/vocabulary';
import { topicKey } from '../text';

/**
 * The network as a graph: saved sources, the topics they are about and the sites they were
 * published in are nodes; "created by", "about" and "published in" are edges.
 */

/** What a node stands for. (Not `type`: sigma reads a node's `type` as the program to draw it.) */
export const NODE_GROUPS = ['person', 'publication', 'topic', 'source'] as const;
export type NodeGroup = (typeof NODE_GROUPS)[number];

export const RELATIONS = ['created_by', 'about', 'published_in'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface NetworkNode {
  group: NodeGroup;
  /** Drawn by sigma as canvas text, never as HTML. */
  label: string;
  /** For a node that is a saved source. */
  sourceId?: string;
  kind?: Kind;
  category?: Category;
  x: number;
  y: number;
  size: number;
  color?: string;
}

export interface NetworkEdge {
  relation: Relation;
  color?: string;
  size?: number;
}

export type NetworkGraph = Graph<NetworkNode, NetworkEdge>;

export const sourceNodeKey = (id: string) => `source:${id}`;
export const topicNodeKey = (topic: string) => `topic:${topicKey(topic)}`;
export const siteNodeKey = (name: string) => `site:${name.toLocaleLowerCase()}`;

function groupOf(kind: Kind): NodeGroup {
  if (kind === 'person') return 'person';
  if (kind === 'publication' || kind === 'channel') return 'publication';
  return 'source';
}

/**
 * Bigger for hubs (people, topics, publications) and for nodes with more links; smaller in a
 * big graph, so that thousands of nodes do not cover each other.
 */
function sizeOf(group: NodeGroup, degree: number, order: number): number {
  const scale = Math.min(1, Math.max(0.4, Math.sqrt(400 / Math.max(1, order))));
  const base = group === 'source' ? 3 : 5;
  const size = Math.min(24, base + Math.sqrt(degree) * (group === 'source' ? 1 : 1.6));
  return Math.max(1.5, size * scale);
}

/**
 * Builds the graph of these sources. A piece of content links to its creators (when they are
 * among the sources), its topics (compared without case) and its publication: the saved
 * publication or channel whose title or site name is its site name, else a node for the site.
 */
export function buildNetworkGraph(sources: readonly Source[]): NetworkGraph {
  const graph: NetworkGraph = new Graph<NetworkNode, NetworkEdge>({
    type: 'directed',
    multi: false,
    allowSelfLoops: false,
  });
  const publications = new Map<string, string>();

  for (const s of sources) {
    const key = sourceNodeKey(s.id);
    graph.addNode(key, {
      group: groupOf(s.kind),
      label: s.title,
      sourceId: s.id,
      kind: s.kind,
      category: s.category,
      x: 0,
      y: 0,
      size: 1,
    });
    if (groupOf(s.kind) === 'publication') {
      for (const name of [s.title, s.siteName]) {
        const k = name?.toLocaleLowerCase();
        if (k && !publications.has(k)) publications.set(k, key);
      }
    }
  }

  const link = (from: string, to: string, relation: Relation) => {
    if (from !== to && !graph.hasDirectedEdge(from, to)) graph.addDirectedEdge(from, to, { relation });
  };

  for (const s of sources) {
    const key = sourceNodeKey(s.id);
    for (const creator of s.creators) {
      const person = sourceNodeKey(creator);
      if (graph.hasNode(person) && graph.getNodeAttribute(person, 'group') === 'person')
        link(key, person, 'created_by');
    }
    for (const topic of s.topics) {
      const topicKey = topicNodeKey(topic);
      if (!graph.hasNode(topicKey)) graph.addNode(topicKey, { group: 'topic', label: topic, x: 0, y: 0, size: 1 });
      link(key, topicKey, 'about');
    }
    if (s.siteName && !AGENT_KINDS.has(s.kind)) {
      let site = publications.get(s.siteName.toLocaleLowerCase());
      if (site === undefined) {
        site = siteNodeKey(s.siteName);
        if (!graph.hasNode(site)) graph.addNode(site, { group: 'publication', label: s.siteName, x: 0, y: 0, size: 1 });
      }
      link(key, site, 'published_in');
    }
  }

  graph.updateEachNodeAttributes((node, attributes) => ({
    ...attributes,
    size: sizeOf(attributes.group, graph.degree(node), graph.order),
  }));
  return graph;
}

export interface GraphFilter {
  category?: Category | undefined;
  /** Compared without case. */
  topic?: string | undefined;
}

/**
 * The sources a filtered graph shows: those in the category and with the topic, and the
 * people who made them, so that "who" stays visible whatever the filter.
 */
export function selectSources(sources: readonly Source[], filter: GraphFilter): Source[] {
  const { category } = filter;
  const topic = filter.topic === undefined ? undefined : topicKey(filter.topic);
  if (category === undefined && topic === undefined) return [...sources];
  const matches = (s: Source) =>
    (category === undefined || s.category === category) &&
    (topic === undefined || s.topics.some((t) => topicKey(t) === topic));
  const chosen = new Set<string>();
  const creators = new Set<string>();
  for (const s of sources) {
    if (!matches(s)) continue;
    chosen.add(s.id);
    for (const c of s.creators) creators.add(c);
  }
  return sources.filter((s) => chosen.has(s.id) || (s.kind === 'person' && creators.has(s.id)));
}

/**
 * What the graph depends on, as one string: it changes when a source's links, title or
 * category change, not when it is opened (a visit count), so the graph is not laid out again.
 */
export function graphSignature(sources: readonly Source[]): string {
  return sources
    .map((s) =>
      [s.id, s.kind, s.category, s.title, s.siteName ?? '', s.topics.join('\u0001'), s.creators.join('\u0001')].join(
        '\u0002',
      ),
    )
    .join('\u0003');
}
