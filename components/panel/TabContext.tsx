import { memo } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { followCurrentTab, openCaptureWindow, type TabView } from '@/utils/browser/current-tab';
import { useDatabase } from '../database';
import { findSaved } from '@/utils/db';
import { formatNumber, t } from '@/utils/i18n';
import type { Source } from '@/utils/model/source';
import { hostOf } from '@/utils/url/host';
import type { LiveCollection } from '@/utils/search/live-collection';
import { normalizeUrl } from '@/utils/url/normalize';
import { categoryLabel, kindLabel } from '../labels';
import { useLiveQuery } from '../use-live-query';
import { RelatedGroup } from './RelatedGroup';
import { errorText } from '@/utils/errors';

/** Sources listed per group; the rest are a click away in the list. */
const SHOWN = 3;

interface Props {
  collection: LiveCollection;
  /** Changes with the collection, so that the groups follow it. */
  version: number;
  onOpen: (id: string) => void;
  onShowSite: (host: string) => void;
  onShowPerson: (personId: string) => void;
}

/**
 * The top of the side panel: the tab in front. Whether its page is saved, what else was saved
 * from its site and from the people behind it, and a button to save it. It follows tab switches
 * and navigations while the panel is open.
 */
export const TabContext = memo(function TabContext(props: Props) {
  const [tab, setTab] = useState<TabView | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => followCurrentTab(setTab), []);

  const url = tab?.state === 'web' ? tab.url : undefined;
  const db = useDatabase();
  const lookup = useLiveQuery(async () => {
    if (url === undefined) return undefined;
    return { url, source: await findSaved(db, url) };
  }, [db, url]);
  // Until the lookup for this address answers, nothing (not the last tab's answer).
  const answer = url !== undefined && lookup.value?.url === url ? lookup.value : undefined;
  const source = answer?.source;

  const save = () => {
    if (tab === undefined || tab.state === 'none') return;
    setError(undefined);
    openCaptureWindow(tab.tabId).catch((e: unknown) => setError(t('panel_error_popup', errorText(e))));
  };

  return (
    <section class="tab-context" aria-labelledby="tab-context-heading">
      <div class="tab-head">
        <h2 id="tab-context-heading">{t('panel_tab_heading')}</h2>
        {tab !== undefined && tab.state !== 'none' && (
          <button type="button" class={source ? '' : 'primary'} onClick={save}>
            {t('panel_save_tab')}
          </button>
        )}
      </div>
      {tab?.state === 'none' && <p class="muted">{t('panel_tab_none')}</p>}
      {tab?.state === 'no-access' && <p>{t('panel_tab_no_access')}</p>}
      {tab?.state === 'not-web' && <p class="muted">{t('panel_tab_not_web')}</p>}
      {answer && <Related url={answer.url} saved={source} {...props} />}
      {error && (
        <p role="alert" class="message error">
          {error}
        </p>
      )}
    </section>
  );
});

function Related({
  url,
  saved,
  collection,
  onOpen,
  onShowSite,
  onShowPerson,
}: Props & { url: string; saved: Source | undefined }) {
  const host = hostOf(normalizeUrl(url) ?? url);
  const fromSite = host === undefined ? [] : collection.fromHost(host).filter((s) => s.id !== saved?.id);
  // The people behind the page: its creators, or the page is a person's own.
  const people =
    saved === undefined
      ? []
      : saved.kind === 'person'
        ? [saved]
        : saved.creators.flatMap((id) => collection.get(id) ?? []);
  return (
    <>
      {saved ? (
        <p>
          {t('panel_tab_saved', `${kindLabel(saved.kind)}, ${categoryLabel(saved.category)}`)}{' '}
          <button type="button" class="link" onClick={() => onOpen(saved.id)}>
            {saved.title}
          </button>
        </p>
      ) : (
        <p class="muted">{t('panel_tab_not_saved')}</p>
      )}
      {host !== undefined && fromSite.length > 0 && (
        <RelatedGroup
          label={t('panel_from', host, formatNumber(fromSite.length))}
          sources={fromSite}
          shown={SHOWN}
          onOpen={onOpen}
          onShowAll={() => onShowSite(host)}
        />
      )}
      {people.map((person) => {
        const made = collection.creditedTo(person.id).filter((s) => s.id !== saved?.id);
        return (
          <RelatedGroup
            key={person.id}
            shown={SHOWN}
            label={t('panel_from', person.title, formatNumber(made.length))}
            person={person}
            sources={made}
            onOpen={onOpen}
            onShowAll={() => onShowPerson(person.id)}
          />
        );
      })}
    </>
  );
}
