import { useMemo, useState } from 'preact/hooks';
import {
  buildNetworkGraph,
  graphSignature,
  NODE_GROUPS,
  selectSources,
  type GraphFilter,
  type NodeGroup,
} from '@/utils/graph/build';
import { seedPositions } from '@/utils/graph/layout';
import { plural, t, type MessageKey } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { CATEGORIES, type Category } from '@/utils/model/vocabulary';
import { groupByTopic } from '@/utils/network/groups';
import { categoryLabel } from '../labels';
import { GraphCanvas } from './GraphCanvas';
import { groupColor } from './graph-style';
import { NodeDetail } from './NodeDetail';

/** From this many nodes, the page suggests filtering for a readable picture. */
const BIG_GRAPH = 3_000;

/** Suggestions offered by "Show a node" (any node can be typed). */
const MAX_SUGGESTIONS = 1_000;

const GROUP_LABELS: Record<NodeGroup, MessageKey> = {
  person: 'graph_group_person',
  publication: 'graph_group_publication',
  topic: 'graph_group_topic',
  source: 'graph_group_source',
};
const groupLabel = (group: NodeGroup) => t(GROUP_LABELS[group]);

/**
 * The network as a graph: people, publications, topics and saved content, linked by who made
 * what, what it is about and where it was published. Filters by category and topic; a node's
 * details open beside it, from a click or from "Show a node".
 */
export function GraphView(props: { sources: readonly Source[] }) {
  const { sources } = props;
  const [filter, setFilter] = useState<GraphFilter>({});
  const [selected, setSelected] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  const [notFound, setNotFound] = useState<string | undefined>();

  // Rebuilt (and laid out again) only when what the graph shows changes, not on every visit count.
  const signature = useMemo(() => graphSignature(sources), [sources]);
  const graph = useMemo(() => {
    const built = buildNetworkGraph(selectSources(sources, filter));
    seedPositions(built);
    return built;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, filter.category, filter.topic]);
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const categories = useMemo(() => CATEGORIES.filter((c) => sources.some((s) => s.category === c)), [sources]);
  const topics = useMemo(() => groupByTopic(sources).groups.map((g) => g.topic), [sources]);
  const counts = useMemo(() => {
    const byGroup = new Map<NodeGroup, number>();
    graph.forEachNode((_, a) => byGroup.set(a.group, (byGroup.get(a.group) ?? 0) + 1));
    return byGroup;
  }, [graph]);
  const suggestions = useMemo(
    () =>
      graph
        .mapNodes((_, a) => a.label)
        .sort((a, b) => a.localeCompare(b))
        .slice(0, MAX_SUGGESTIONS),
    [graph],
  );
  const shown = selected !== undefined && graph.hasNode(selected) ? selected : undefined;

  const find = (event: Event) => {
    event.preventDefault();
    const wanted = query.trim().toLocaleLowerCase();
    if (!wanted) return;
    const node =
      graph.findNode((_, a) => a.label.toLocaleLowerCase() === wanted) ??
      graph.findNode((_, a) => a.label.toLocaleLowerCase().includes(wanted));
    setNotFound(node === undefined ? query.trim() : undefined);
    if (node !== undefined) setSelected(node);
  };

  return (
    <div class="graph-view">
      <div class="graph-filters row">
        <div class="field">
          <label for="graph-category">{t('graph_filter_category')}</label>
          <select
            id="graph-category"
            value={filter.category ?? ''}
            onChange={(e) =>
              setFilter({ ...filter, category: (e.currentTarget.value || undefined) as Category | undefined })
            }
          >
            <option value="">{t('graph_all_categories')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {categoryLabel(c)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="graph-topic">{t('graph_filter_topic')}</label>
          <select
            id="graph-topic"
            value={filter.topic ?? ''}
            onChange={(e) => setFilter({ ...filter, topic: e.currentTarget.value || undefined })}
          >
            <option value="">{t('graph_all_topics')}</option>
            {topics.map((topic) => (
              <option key={topic} value={topic}>
                {topic}
              </option>
            ))}
          </select>
        </div>
        <form class="field graph-find" onSubmit={find}>
          <label for="graph-find">{t('graph_find')}</label>
          <div class="row">
            <input
              id="graph-find"
              type="search"
              list="graph-node-names"
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
            <button type="submit">{t('graph_find_button')}</button>
          </div>
          <datalist id="graph-node-names">
            {suggestions.map((label, i) => (
              <option key={i} value={label} />
            ))}
          </datalist>
        </form>
      </div>
      {notFound !== undefined && (
        <p role="status" class="message error">
          {t('graph_not_found', notFound)}
        </p>
      )}

      <p id="graph-help" class="muted">
        {t('graph_help')}
      </p>
      {graph.order > BIG_GRAPH && filter.category === undefined && filter.topic === undefined && (
        <p class="hint">{t('graph_big_hint')}</p>
      )}
      <p id="graph-summary" class="graph-summary" aria-live="polite">
        {plural('graph_summary', graph.order, plural('count_links', graph.size))}
      </p>
      <ul class="legend" aria-label={t('graph_legend')}>
        {NODE_GROUPS.map((group) => (
          <li key={group}>
            <span class="swatch" style={{ background: groupColor(group) }} aria-hidden="true" />
            {groupLabel(group)} {counts.get(group) ?? 0}
          </li>
        ))}
      </ul>

      {graph.order === 0 ? (
        <p class="empty">{t('graph_empty')}</p>
      ) : (
        <div class="graph-layout">
          <div class="graph-main">
            <GraphCanvas graph={graph} selected={shown} onSelect={setSelected} describedBy="graph-help graph-summary" />
          </div>
          {shown !== undefined ? (
            <NodeDetail
              graph={graph}
              node={shown}
              sources={byId}
              onSelect={setSelected}
              onClose={() => setSelected(undefined)}
            />
          ) : (
            <p class="node-detail muted">{t('detail_none')}</p>
          )}
        </div>
      )}
    </div>
  );
}
