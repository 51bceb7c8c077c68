import { useMemo, useState } from 'preact/hooks';
import { plural, t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { groupByPerson } from '@/utils/network/groups';
import { recordVisit } from '@/utils/navigation';
import { ExternalLink } from '../ExternalLink';
import { categoryLabel } from '../labels';
import { GROUPS_PAGE, ShortSourceList } from './ShortSourceList';

/** Every saved person with what was saved from them (the sources they are a creator of). */
export function PersonView(props: { sources: readonly Source[] }) {
  const groups = useMemo(() => groupByPerson(props.sources), [props.sources]);
  const [shown, setShown] = useState(GROUPS_PAGE);
  if (groups.length === 0) return <p class="empty">{t('no_people')}</p>;
  return (
    <>
      <p class="muted">{plural('people_summary', groups.length)}</p>
      <div class="groups">
        {groups.slice(0, shown).map(({ person, sources }, i) => (
          <section class="group" key={person.id} aria-labelledby={`person-${i}`}>
            <h2 id={`person-${i}`}>
              <ExternalLink href={person.url} onOpen={() => recordVisit(person.id)}>
                {person.title}
              </ExternalLink>{' '}
              <span class="count">{sources.length}</span>
            </h2>
            <p class="muted">{categoryLabel(person.category)}</p>
            {sources.length > 0 ? (
              <ShortSourceList sources={sources} limit={5} group={person.title} />
            ) : (
              <p class="muted">{t('person_nothing_saved')}</p>
            )}
          </section>
        ))}
      </div>
      {groups.length > shown && (
        <button type="button" onClick={() => setShown(shown + GROUPS_PAGE)}>
          {plural('show_more_people', Math.min(GROUPS_PAGE, groups.length - shown))}
        </button>
      )}
    </>
  );
}
