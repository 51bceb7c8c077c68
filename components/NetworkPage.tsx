import { Fragment } from 'preact';
import { plural, t } from '@/utils/i18n';
import { LoadError } from './MessageLine';
import type { Source } from '@/utils/model/source';
import type { FirstScreen } from '@/utils/network/first-screen';
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

/**
 * A view's panel. The by-category view can be drawn from the first screen alone; the others wait
 * for every source (busy meanwhile, while the page draws from its summary).
 */
function renderView(view: View, screen: FirstScreen, sources: readonly Source[] | undefined) {
  if (view === 'by-category') return <CategoryView cards={screen.cards} sources={sources} />;
  if (!sources)
    return (
      <p class="muted" aria-busy="true">
        {plural('panel_loading', screen.total)}
      </p>
    );
  switch (view) {
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
  const { sources, screen, error } = useSources(props.network);
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
  // Until every source is read, the first screen as the page last drew it, if it still holds
  // (see NetworkSources); a goal's page waits for every source.
  if (!screen || (route.type === 'goal' && !sources)) return <main class="network" aria-busy="true" />;

  if (route.type === 'goal' && sources) {
    return (
      <main class="network">
        <GoalPage id={route.id} sources={sources} onBack={() => go('')} />
      </main>
    );
  }

  return (
    // Says whether the page is drawn from its summary still, or from every source (for tests and
    // the benchmark: the summary is drawn as the sources would draw it).
    <main class="network" data-drawn-from={sources ? 'sources' : 'summary'}>
      <h1>{t('network_title')}</h1>
      {screen.total === 0 ? (
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
          <p class="summary">{plural('network_summary', screen.total, plural('count_categories', screen.filled))}</p>
          <ViewTabs view={view} onView={setView}>
            {(v) => renderView(v, screen, sources)}
          </ViewTabs>
          <InsightsSection insights={screen.insights} />
        </Fragment>
      )}
      <GoalsSection counts={screen.goalCounts} takeFirstGoals={() => props.network.takeFirstGoals()} />
      {belowFirstScreen && sources && (
        <Fragment key="below">
          <ReflectSection sources={sources} route={route} go={go} />
          <PortfolioSection sources={sources} />
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
