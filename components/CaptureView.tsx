import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { readTab, resolveTab, type TabReading } from '@/utils/capture/read-tab';
import { t } from '@/utils/i18n';
import { openNetworkPage, openSidePanel } from '@/utils/navigation';
import { CaptureForm } from './popup/CaptureForm';
import { Shortcuts } from './Shortcuts';

const MAX_AUTO_RETRIES = 20;

type Phase = { phase: 'reading' } | { phase: 'no-tab' } | { phase: 'read'; reading: TabReading };

/** The popup: reads the tab, shows what it found, and saves the page and its authors. */
export function CaptureView({ search }: { search: string }) {
  const [state, setState] = useState<Phase>({ phase: 'reading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    setState({ phase: 'reading' });
    void (async () => {
      const tab = await resolveTab(search);
      const next: Phase = tab ? { phase: 'read', reading: await readTab(tab) } : { phase: 'no-tab' };
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, [search, attempt]);

  // A page still loading is read again by itself as soon as it has loaded (a few times at most:
  // a page that never finishes keeps its message and its "Try again" button).
  const waitingFor =
    state.phase === 'read' && !state.reading.ok && state.reading.reason === 'loading' && attempt < MAX_AUTO_RETRIES
      ? state.reading.tab.id
      : undefined;
  useEffect(() => {
    if (waitingFor === undefined) return;
    const retry = () => setAttempt((a) => a + 1);
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (tabId === waitingFor && change.status === 'complete') retry();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    // It may finish between the reading and this listener, or without an event: look too.
    const timer = setInterval(() => {
      void browser.tabs.get(waitingFor).then(
        (tab) => tab.status === 'complete' && retry(),
        () => undefined,
      );
    }, 700);
    return () => {
      clearInterval(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [waitingFor, attempt]);

  // Escape closes the popup (a field that uses Escape itself, like the topics, keeps it).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) window.close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        <div class="bar-actions">
          <button
            type="button"
            class="link"
            disabled={state.phase !== 'read'}
            onClick={() =>
              state.phase === 'read' && void openSidePanel(state.reading.tab.windowId).then(() => window.close())
            }
          >
            {t('open_side_panel')}
          </button>
          <button type="button" class="link" onClick={() => void openNetworkPage()}>
            {t('network_title')}
          </button>
        </div>
      </header>
      {state.phase === 'reading' && <p role="status">{t('reading_page')}</p>}
      {state.phase === 'no-tab' && <p role="alert">{t('no_tab')}</p>}
      {state.phase === 'read' && <CaptureForm reading={state.reading} onRetry={() => setAttempt((a) => a + 1)} />}
      <Shortcuts />
    </main>
  );
}
