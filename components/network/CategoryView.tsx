import { useMemo } from 'preact/hooks';
import { formatNumber, t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { CATEGORIES, type Category } from '@/utils/model/vocabulary';
import { CARD_RECENT, CARD_VISITED, type CategoryCard } from '@/utils/network/first-screen';
import { categoryLabel } from '../labels';
import { ShortSourceList } from './ShortSourceList';

/**
 * A card per PLN category with sources: its count, the most recent and the most visited (from the
 * first screen, see utils/network/first-screen.ts). "Show all" lists the category's every source,
 * once they are read (`sources`, newest first; undefined while the page draws from its summary).
 */
export function CategoryView(props: { cards: readonly CategoryCard[]; sources: readonly Source[] | undefined }) {
  const { cards, sources } = props;
  const byCategory = useMemo(() => {
    const lists = new Map<Category, Source[]>();
    for (const s of sources ?? []) {
      const list = lists.get(s.category);
      if (list) list.push(s);
      else lists.set(s.category, [s]);
    }
    return lists;
  }, [sources]);
  const empty = CATEGORIES.filter((c) => !cards.some((card) => card.category === c));
  return (
    <>
      <div class="categories">
        {cards.map(({ category, count, recent, mostVisited }) => (
          <section class="category" key={category} aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`}>
              {categoryLabel(category)} <span class="count">{formatNumber(count)}</span>
            </h2>
            <h3 class="card-subhead">{t('most_recent')}</h3>
            <ShortSourceList
              sources={sources ? (byCategory.get(category) ?? recent) : recent}
              count={count}
              limit={CARD_RECENT}
              group={categoryLabel(category)}
            />
            {mostVisited.length > 0 && (
              <>
                <h3 class="card-subhead">{t('most_visited')}</h3>
                <ShortSourceList
                  sources={mostVisited}
                  limit={CARD_VISITED}
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
