import type { NetworkGraph, NodeGroup } from '@/utils/graph/build';

/** Node colours by group, readable on the page's light and dark backgrounds. */
const PALETTES: Record<'light' | 'dark', Record<NodeGroup, string>> = {
  light: { person: '#c2410c', publication: '#7c3aed', topic: '#0f766e', source: '#64748b' },
  dark: { person: '#fb923c', publication: '#a78bfa', topic: '#2dd4bf', source: '#94a3b8' },
};

export function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export function groupColor(group: NodeGroup, dark: boolean = prefersDark()): string {
  return PALETTES[dark ? 'dark' : 'light'][group];
}

/** The page's own colours (styles.css), for what sigma draws around the nodes. */
export function pageColors(element: Element): { text: string; line: string; muted: string } {
  const style = getComputedStyle(element);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return { text: get('--fg', '#1f2933'), line: get('--line', '#d9dee3'), muted: get('--muted', '#5f6b76') };
}

/** Gives every node its group's colour and every edge the page's line colour. */
export function paintGraph(graph: NetworkGraph, line: string, dark: boolean = prefersDark()): void {
  graph.updateEachNodeAttributes((_, a) => ({ ...a, color: groupColor(a.group, dark) }), { attributes: ['color'] });
  graph.updateEachEdgeAttributes((_, a) => ({ ...a, color: line, size: 1 }), { attributes: ['color', 'size'] });
}
