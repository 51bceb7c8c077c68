import { useMemo } from 'preact/hooks';
import { getDatabase } from '@/utils/db/database';
import { listSources } from '@/utils/db/repository';
import { t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { CATEGORIES, type Category } from '@/utils/model/vocabulary';
import { recordVisit } from '@/utils/navigation';
import { ExternalLink } from './ExternalLink';
import { SettingsSection } from './SettingsSection';
import { TrashSection } from './TrashSection';
import { categoryLabel, kindLabel } from './labels';
import { useLiveQuery } from './use-live-query';

/** The options page, "My network": sources grouped by PLN category, with counts. */
export function NetworkPage() {
  const sources = useLiveQuery(() => listSources(getDatabase()), []);
  const groups = useMemo(() => {
    const byCategory = new Map<Category, Source[]>(CATEGORIES.map((c) => [c, []]));
    for (const source of sources.value ?? []) byCategory.get(source.category)?.push(source);
    return byCategory;
  }, [sources.value]);

  if (sources.error !== undefined) {
    return (
      <main class="network">
        <h1>{t('network_title')}</h1>
        <p role="alert" class="message error">{t('error_load', String(sources.error))}</p>
      </main>
    );
  }
  if (!sources.value) return <main class="network" aria-busy="true" />;

  const total = sources.value.length;
  const filled = CATEGORIES.filter((c) => (groups.get(c)?.length ?? 0) > 0);
  const empty = CATEGORIES.filter((c) => (groups.get(c)?.length ?? 0) === 0);

  return (
    <main class="network">
      <h1>{t('network_title')}</h1>
      {total === 0 ? (
        <section class="empty-state" aria-labelledby="start-heading">
          <h2 id="start-heading">{t('network_empty_heading')}</h2>
          <ol>
            <li>{t('network_empty_step1')}</li>
            <li>{t('network_empty_step2')}</li>
            <li>{t('network_empty_step3')}</li>
          </ol>
        </section>
      ) : (
        <>
          <p class="summary">{t('network_summary', String(total), String(filled.length))}</p>
          <div class="categories">
            {filled.map((category) => {
              const items = groups.get(category) ?? [];
              return (
                <section class="category" key={category} aria-labelledby={`cat-${category}`}>
                  <h2 id={`cat-${category}`}>
                    {categoryLabel(category)} <span class="count">{items.length}</span>
                  </h2>
                  <ul>
                    {items.map((s) => (
                      <li key={s.id}>
                        <ExternalLink href={s.url} onOpen={() => recordVisit(s.id)}>
                          {s.title}
                        </ExternalLink>
                        <span class="muted"> · {kindLabel(s.kind)}</span>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
          {empty.length > 0 && (
            <section class="gaps" aria-labelledby="gaps-heading">
              <h2 id="gaps-heading">{t('network_gaps')}</h2>
              <p>{empty.map(categoryLabel).join(' · ')}</p>
            </section>
          )}
        </>
      )}
      <TrashSection />
      <SettingsSection />
    </main>
  );
}
