import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getGoal, journalForGoal, linkToGoal, unlinkFromGoal } from '@/utils/db';
import { errorText } from '@/utils/errors';
import { goalGaps } from '@/utils/goals/goal-gaps';
import { formatNumber, t } from '@/utils/i18n';
import { goalsOf, type Source } from '@/utils/model/source';
import { groupByCategory } from '@/utils/network/groups';
import { foldedTitles } from '@/utils/goals/mentions';
import { foldForSearch } from '@/utils/text';
import { useDatabase } from '../database';
import { GapList } from '../GapList';
import { categoryLabel } from '../labels';
import { LoadError, MessageLine, type Message } from '../MessageLine';
import { SourceLine } from '../network/ShortSourceList';
import { useLiveQuery } from '../use-live-query';
import { JournalList } from './JournalList';
import { dayText, goalStatusLabel } from '@/utils/goals/labels';
import { reflectHash } from './use-route';

const FOUND_SHOWN = 20;

/**
 * One goal's page: what it is and why, its sources and people by PLN category, what its network
 * lacks (the gap rules of utils/goals/goal-gaps.ts, on this goal's sources), sources to link to
 * it, and what the journal says about it.
 */
export function GoalPage(props: { id: string; sources: readonly Source[]; onBack: () => void }) {
  const db = useDatabase();
  const goal = useLiveQuery(() => getGoal(db, props.id), [props.id]);
  const journal = useLiveQuery(() => journalForGoal(db, props.id), [props.id]);
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<Message | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  const linked = useMemo(() => props.sources.filter((s) => goalsOf(s).includes(props.id)), [props.sources, props.id]);
  const groups = useMemo(() => groupByCategory(linked), [linked]);
  const gaps = useMemo(() => goalGaps(linked, Date.now()), [linked]);
  const found = useMemo(() => {
    const q = foldForSearch(query.trim());
    if (!q) return [];
    const titles = foldedTitles(props.sources);
    return props.sources
      .filter((s, i) => titles[i]?.includes(q) && !goalsOf(s).includes(props.id))
      .slice(0, FOUND_SHOWN);
  }, [props.sources, props.id, query]);

  useEffect(() => heading.current?.focus(), [goal.value?.id]);

  const act = (action: () => Promise<unknown>, done: string) => {
    setMessage(undefined);
    action().then(
      () => setMessage({ text: done }),
      (error: unknown) => setMessage({ text: t('goal_error', errorText(error)), error: true }),
    );
  };

  const back = (
    <p>
      <a
        href="#"
        onClick={(e) => {
          e.preventDefault();
          props.onBack();
        }}
      >
        {t('goal_back')}
      </a>
    </p>
  );
  if (goal.value === undefined) {
    return goal.error !== undefined ? <LoadError error={goal.error} /> : back;
  }
  const g = goal.value;

  return (
    <article class="goal-page" aria-labelledby="goal-heading">
      {back}
      <h1 id="goal-heading" tabIndex={-1} ref={heading}>
        {g.title}
      </h1>
      <p class="muted">
        {goalStatusLabel(g.status)}
        {g.targetDate !== undefined && ` · ${t('goal_target_on', dayText(g.targetDate))}`}
        {g.topics.length > 0 && ` · ${g.topics.join(', ')}`}
      </p>
      {g.why && <p class="goal-why">{g.why}</p>}
      <p>
        <a href={reflectHash(g.id)}>{t('goal_reflect')}</a>
      </p>
      <MessageLine message={message} />

      <section aria-labelledby="goal-sources-heading">
        <h2 id="goal-sources-heading">{t('goal_sources_title', formatNumber(linked.length))}</h2>
        {groups.length === 0 && <p class="muted">{t('goal_sources_none')}</p>}
        <div class="categories">
          {groups.map(({ category, sources }) => (
            <section class="category" key={category} aria-labelledby={`goal-cat-${category}`}>
              <h3 id={`goal-cat-${category}`}>
                {categoryLabel(category)} <span class="count">{sources.length}</span>
              </h3>
              <ul class="source-list">
                {sources.map((s) => (
                  <li key={s.id}>
                    <SourceLine source={s} />{' '}
                    <button
                      type="button"
                      class="link"
                      aria-label={t('goal_unlink_label', s.title)}
                      onClick={() => act(() => unlinkFromGoal(db, [s.id], g.id), t('goal_unlinked', s.title))}
                    >
                      {t('goal_unlink')}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="goal-missing-heading">
        <h2 id="goal-missing-heading">{t('goal_missing_title')}</h2>
        <GapList gaps={gaps} empty={t('goal_missing_none')} />
      </section>

      <section aria-labelledby="goal-link-heading">
        <h2 id="goal-link-heading">{t('goal_link_title')}</h2>
        <div class="field">
          <label for="goal-find">{t('goal_find')}</label>
          <input id="goal-find" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
        {query.trim() && found.length === 0 && <p class="muted">{t('goal_find_none')}</p>}
        <ul class="source-list">
          {found.map((s) => (
            <li key={s.id}>
              <SourceLine source={s} />{' '}
              <button
                type="button"
                aria-label={t('goal_link_label', s.title)}
                onClick={() => act(() => linkToGoal(db, [s.id], g.id), t('goal_linked', s.title))}
              >
                {t('goal_link')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="goal-journal-heading">
        <h2 id="goal-journal-heading">{t('journal_title')}</h2>
        <JournalList entries={journal.value ?? []} sources={props.sources} />
      </section>
    </article>
  );
}
