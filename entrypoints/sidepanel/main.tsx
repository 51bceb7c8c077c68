import { render } from 'preact';
import { DatabaseProvider } from '@/components/database';
import { SourcesPanel } from '@/components/SourcesPanel';
import '@/components/styles.css';
import { getDatabase } from '@/utils/db';
import { setPageLanguage, t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { indexedDbCache } from '@/utils/search/index-cache';
import { LiveCollection } from '@/utils/search/live-collection';

setPageLanguage();
document.title = t('panel_title');
// Reading starts before the first render.
const db = getDatabase();
const collection = new LiveCollection(db, { cache: indexedDbCache(db.name) });
// Its failure to open the database is what DatabaseProvider shows.
collection.start().catch(() => undefined);
// Browser tests and the benchmark read the collection and send messages as the panel does.
if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { plnPanel: { collection, sendMessage } });
render(
  <DatabaseProvider database={db}>
    <SourcesPanel collection={collection} initialQuery={new URLSearchParams(location.search).get('q') ?? ''} />
  </DatabaseProvider>,
  document.getElementById('app')!,
);
