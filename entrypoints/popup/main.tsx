import { render } from 'preact';
import { CaptureView } from '@/components/CaptureView';
import '@/components/styles.css';

render(<CaptureView search={location.search} />, document.getElementById('app')!);
