import { render } from 'preact';
import { DatabaseProvider } from '@/components/database';
import { NetworkPage } from '@/components/NetworkPage';
import '@/components/styles.css';
import { getDatabase } from '@/utils/db';
import { setPageLanguage, t } from '@/utils/i18n';

setPageLanguage();
document.title = t('network_title');
render(
  <DatabaseProvider database={getDatabase()}>
    <NetworkPage />
  </DatabaseProvider>,
  document.getElementById('app')!,
);
