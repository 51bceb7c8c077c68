import { render } from 'preact';
import { CaptureView } from '@/components/CaptureView';
import '@/components/styles.css';
import { t } from '@/utils/i18n';

document.title = t('extName');
render(<CaptureView search={location.search} />, document.getElementById('app')!);
