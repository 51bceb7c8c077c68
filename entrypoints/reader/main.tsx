import { render } from 'preact';
import { DatabaseProvider } from '@/components/database';
import { ReaderView } from '@/components/ReaderView';
import '@/components/styles.css';
import { getDatabase } from '@/utils/db';
import { setPageLanguage } from '@/utils/i18n';

setPageLanguage();
render(
  <DatabaseProvider database={getDatabase()}>
    <ReaderView id={new URLSearchParams(location.search).get('id') ?? ''} />
  </DatabaseProvider>,
  document.getElementById('app')!,
);
