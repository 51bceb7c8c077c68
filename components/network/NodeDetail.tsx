import { useEffect, useRef } from 'preact/hooks';
import type { NetworkGraph, Relation } from '@/utils/graph/build';
import { plural, t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { recordVisit } from '@/utils/navigation';
import { ExternalLink } from '../ExternalLink';
import { categoryLabel, displayUrl, kindLabel } from '../labels';

/** Buttons for linked nodes: choosing one selects it, so the graph can be walked by keyboard. */
function NodeButtons(props: { graph: NetworkGraph; nodes: string[]; onSelect: (node: string) => void }) {
  return (
    <ul class="node-links">
      {props.nodes.map((node) => (
        <li key={node}>
          <button type="button" class="link" onClick={() => props.onSelect(node)}>
            {props.graph.getNodeAttribute(node, 'label')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A node's details beside the graph: a saved source's card, or a topic's or site's sources. */
export function NodeDetail(props: {
  graph: NetworkGraph;
  node: string;
  sources: ReadonlyMap<string, Source>;
  onSelect: (node: string) => void;
  onClose: () => void;
}) {
  const { graph, node, onSelect } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [node]);

  const attributes = graph.getNodeAttributes(node);
  const source = attributes.sourceId === undefined ? undefined : props.sources.get(attributes.sourceId);
  const out = (relation: Relation) =>
    graph
      .outEdges(node)
      .filter((e) => graph.getEdgeAttribute(e, 'relation') === relation)
      .map((e) => graph.target(e));
  const into = (relation: Relation) =>
    graph
      .inEdges(node)
      .filter((e) => graph.getEdgeAttribute(e, 'relation') === relation)
      .map((e) => graph.source(e));
  const section = (label: string, nodes: string[]) =>
    nodes.length > 0 && (
      <>
        <h4>{label}</h4>
        <NodeButtons graph={graph} nodes={nodes} onSelect={onSelect} />
      </>
    );

  return (
    <section class="node-detail" aria-labelledby="node-detail-title">
      <div class="bar">
        <h3 id="node-detail-title" ref={heading} tabIndex={-1}>
          {attributes.label}
        </h3>
        <button type="button" class="link" onClick={props.onClose}>
          {t('detail_close')}
        </button>
      </div>
      {source ? (
        <>
          <p class="muted">
            {kindLabel(source.kind)} · {categoryLabel(source.category)}
          </p>
          {source.url && (
            <p class="url">
              <ExternalLink href={source.url} onOpen={() => recordVisit(source.id)}>
                {displayUrl(source.url)}
              </ExternalLink>
            </p>
          )}
          {source.description && <p>{source.description}</p>}
          {section(t('detail_creators'), out('created_by'))}
          {section(t('detail_published_in'), out('published_in'))}
          {section(t('detail_topics'), out('about'))}
          {section(t('detail_saved_from'), into('created_by'))}
          {section(t('detail_published_here'), into('published_in'))}
        </>
      ) : (
        <>
          <p class="muted">{attributes.group === 'topic' ? t('detail_topic') : t('detail_site')}</p>
          {section(plural('detail_sources', graph.inDegree(node)), [...into('about'), ...into('published_in')])}
        </>
      )}
    </section>
  );
}
