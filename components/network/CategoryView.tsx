import { useMemo } from 'preact/hooks';
import { formatNumber, t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { CATEGORIES } from '@/utils/model/vocabulary';
import { groupByCategory } from '@/utils/network/groups';
import { categoryLabel } from '../labels';
import { ShortSourceList } from './ShortSourceList';

const RECENT = 5;
const VISITED = 3;

/** A card per PLN category with sources: its count, the most recent and the most visited. */
export function CategoryView(props: { sources: readonly Source[] }) {
  const groups = useMemo(() => groupByCategory(props.sources, { recent: RECENT, visited: VISITED }), [props.sources]);
  const empty = CATEGORIES.filter((c) => !groups.some((g) => g.category === c));
  return (
    <>
      <div class="categories">
        {groups.map(({ category, sources, mostVisited }) => (
          <section class="category" key={category} aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`}>
              {categoryLabel(category)} <span class="count">{sources.length}</span>
            </h2>
            <h3 class="card-subhead">{t('most_recent')}</h3>
            <ShortSourceList sources={sources} limit={RECENT} group={categoryLabel(category)} />
            {mostVisited.length > 0 && (
              <>
                <h3 class="card-subhead">{t('most_visited')}</h3>
                <ShortSourceList
                  sources={mostVisited}
                  limit={VISITED}
                  group={categoryLabel(category)}
                  detail={(s) => t('visits_count', formatNumber(s.visits))}
                />
              </>
            )}
          </section>
        ))}
      </div>
      {empty.length > 0 && (
        <section class="gaps" aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">{t('network_gaps')}</h2>
          <p>{empty.map(categoryLabel).join(' · ')}</p>
        </section>
      )}
    </>
  );
}
