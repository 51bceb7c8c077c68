import { render } from 'preact';
import { CaptureView } from '@/components/CaptureView';
import { DatabaseProvider } from '@/components/database';
import '@/components/styles.css';
import { getDatabase } from '@/utils/db';
import { setPageLanguage, t } from '@/utils/i18n';

setPageLanguage();
document.title = t('extName');
render(
  <DatabaseProvider database={getDatabase()}>
    <CaptureView search={location.search} />
  </DatabaseProvider>,
  document.getElementById('app')!,
);
