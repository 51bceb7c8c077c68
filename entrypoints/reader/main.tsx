import { render } from 'preact';
import { ReaderView } from '@/components/ReaderView';
import '@/components/styles.css';

render(<ReaderView id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
