import { render } from 'preact';
import { NetworkPage } from '@/components/NetworkPage';
import '@/components/styles.css';
import { t } from '@/utils/i18n';

document.title = t('network_title');
render(<NetworkPage />, document.getElementById('app')!);
