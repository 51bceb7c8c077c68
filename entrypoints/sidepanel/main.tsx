import { render } from 'preact';
import { SourcesPanel } from '@/components/SourcesPanel';
import '@/components/styles.css';

render(<SourcesPanel />, document.getElementById('app')!);
