import { render } from 'preact';
import { NetworkPage } from '@/components/NetworkPage';
import '@/components/styles.css';

render(<NetworkPage />, document.getElementById('app')!);
