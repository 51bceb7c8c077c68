import { render } from 'preact';
import { SourcesPanel } from '@/components/SourcesPanel';
import '@/components/styles.css';
import { t } from '@/utils/i18n';

document.title = t('panel_title');
render(<SourcesPanel initialQuery={new URLSearchParams(location.search).get('q') ?? ''} />, document.getElementById('app')!);
