import { Fragment } from 'preact';
import { plural, t } from '@/utils/i18n';
import { LoadError } from './MessageLine';
import type { Source } from '@/utils/model/source';
import { CATEGORIES, type Category } from '@/utils/model/vocabulary';
import { CategoryView } from './network/CategoryView';
import { InsightsSection } from './network/InsightsSection';
import { LazyGraphView } from './network/LazyGraphView';
import { PersonView } from './network/PersonView';
import { TopicView } from './network/TopicView';
import { useHashView, type View } from './network/use-hash-view';
import { ViewTabs } from './network/ViewTabs';
import { DataSection } from './DataSection';
import { SyncSection } from './SyncSection';
import { GoalPage } from './goals/GoalPage';
import { GoalsSection } from './goals/GoalsSection';
import { PortfolioSection } from './goals/PortfolioSection';
import { ReflectSection } from './goals/ReflectSection';
import { useRoute } from './goals/use-route';
import { InPageSection } from './InPageSection';
import { SettingsSection } from './SettingsSection';
import { TrashSection } from './TrashSection';
import { useAfterFirstPaint } from './use-after-paint';
import { useSources, type NetworkSources } from './use-sources';

/** How many categories have sources: one look at each source at most, however many are empty. */
function filledCategories(sources: readonly Source[]): number {
  const used = new Set<Category>();
  for (const s of sources) {
    used.add(s.category);
    if (used.size === CATEGORIES.length) break;
  }
  return CATEGORIES.filter((c) => used.has(c)).length;
}

function renderView(view: View, sources: readonly Source[]) {
  switch (view) {
    case 'by-category':
      return <CategoryView sources={sources} />;
    case 'by-topic':
      return <TopicView sources={sources} />;
    case 'by-person':
      return <PersonView sources={sources} />;
    case 'graph':
      return <LazyGraphView sources={sources} />;
  }
}

/**
 * The options page, "My network": the network by category, topic or person, or as a graph
 * (the view is kept in the address's hash); insights about it; then import and export, the
 * trash and settings.
 */
export function NetworkPage(props: { network: NetworkSources }) {
  const { sources, error } = useSources(props.network);
  const [view, setView] = useHashView();
  const [route, go] = useRoute();
  // The sections below the network, its insights and the goals come a frame later: on a large
  // network, the first screen is drawn without waiting for them (and for the reads they start).
  const belowFirstScreen = useAfterFirstPaint(sources !== undefined);

  if (error !== undefined) {
    return (
      <main class="network">
        <h1>{t('network_title')}</h1>
        <LoadError error={error} />
      </main>
    );
  }
  if (!sources) return <main class="network" aria-busy="true" />;

  const all = sources;
  const filled = filledCategories(all);

  if (route.type === 'goal') {
    return (
      <main class="network">
        <GoalPage id={route.id} sources={all} onBack={() => go('')} />
      </main>
    );
  }

  return (
    <main class="network">
      <h1>{t('network_title')}</h1>
      {all.length === 0 ? (
        <section class="empty-state" aria-labelledby="start-heading">
          <h2 id="start-heading">{t('network_empty_heading')}</h2>
          <ol>
            <li>{t('network_empty_step1')}</li>
            <li>{t('network_empty_step2')}</li>
            <li>{t('network_empty_step3')}</li>
          </ol>
          <p>{t('network_empty_bring')}</p>
        </section>
      ) : (
        // Keyed, like the fragment below: keyless, Preact may take one for the other when the
        // first appears (the first import), and the sections below would start over.
        <Fragment key="network">
          <p class="summary">{plural('network_summary', all.length, plural('count_categories', filled))}</p>
          <ViewTabs view={view} onView={setView}>
            {(v) => renderView(v, all)}
          </ViewTabs>
          <InsightsSection sources={all} />
        </Fragment>
      )}
      <GoalsSection sources={all} takeFirstGoals={() => props.network.takeFirstGoals()} />
      {belowFirstScreen && (
        <Fragment key="below">
          <ReflectSection sources={all} route={route} go={go} />
          <PortfolioSection sources={all} />
          <DataSection />
          <SyncSection />
          <TrashSection />
          <SettingsSection />
          <InPageSection />
        </Fragment>
      )}
    </main>
  );
}
