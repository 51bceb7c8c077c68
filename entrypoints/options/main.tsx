import { render } from 'preact';
import '@/components/styles.css';
import { DatabaseProvider } from '@/components/database';
import { NetworkPage } from '@/components/NetworkPage';
import { NetworkSources } from '@/components/use-sources';
import { getDatabase } from '@/utils/db';
import { askSyncAfterWrites } from '@/utils/messaging/sync-soon';
import { setPageLanguage, t } from '@/utils/i18n';

const database = getDatabase();
// What this page writes itself (goals, the journal, the goals' links) syncs like the rest (set
// before the database opens).
askSyncAfterWrites(database);
// The sources are read from the start: the longest wait of a large network's page.
const sources = new NetworkSources(database);
setPageLanguage();
document.title = t('network_title');
render(
  <DatabaseProvider database={database}>
    <NetworkPage network={sources} />
  </DatabaseProvider>,
  document.getElementById('app')!,
);
