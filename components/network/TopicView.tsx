import { useMemo, useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { groupByTopic } from '@/utils/network/groups';
import { GROUPS_PAGE, ShortSourceList } from './ShortSourceList';

/** A group per topic, the most used first, with the sources about it. */
export function TopicView(props: { sources: readonly Source[] }) {
  const { groups, untagged } = useMemo(() => groupByTopic(props.sources), [props.sources]);
  const [shown, setShown] = useState(GROUPS_PAGE);
  if (groups.length === 0) return <p class="empty">{t('no_topics')}</p>;
  return (
    <>
      <p class="muted">{plural('topics_summary', groups.length)}</p>
      <div class="groups">
        {groups.slice(0, shown).map(({ topic, sources }, i) => (
          <section class="group" key={topic} aria-labelledby={`topic-${i}`}>
            <h2 id={`topic-${i}`}>
              {topic} <span class="count">{sources.length}</span>
            </h2>
            <ShortSourceList sources={sources} limit={5} group={topic} />
          </section>
        ))}
      </div>
      {groups.length > shown && (
        <button type="button" onClick={() => setShown(shown + GROUPS_PAGE)}>
          {plural('show_more_topics', Math.min(GROUPS_PAGE, groups.length - shown))}
        </button>
      )}
      {untagged.length > 0 && (
        <section class="group untagged" aria-labelledby="topic-none">
          <h2 id="topic-none">
            {t('untagged_title')} <span class="count">{untagged.length}</span>
          </h2>
          <ShortSourceList sources={untagged} limit={5} group={t('untagged_title')} />
        </section>
      )}
    </>
  );
}
