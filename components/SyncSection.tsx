import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  getSyncStatus,
  serverOrigin,
  watchSyncStatus,
  type CONFIRM_KINDS,
  type SyncStatus,
} from '@/utils/browser/sync-storage';
import { errorText, problemText, type ProblemCode } from '@/utils/errors';
import { formatDateTime, formatNumber, isMessageKey, t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import { serverUrlProblem } from '@/utils/sync/server-url';
import { MessageLine, type Message } from './MessageLine';

/** The failsafe's question, by what the sync would delete. */
const CONFIRM_MESSAGES: Record<(typeof CONFIRM_KINDS)[number], MessageKey> = {
  source: 'sync_confirm',
  goal: 'sync_confirm_goal',
  journal: 'sync_confirm_journal',
};

/** The status the background keeps, current as it changes. */
function useSyncStatus(): SyncStatus | undefined {
  const [status, setStatus] = useState<SyncStatus | undefined>();
  useEffect(() => {
    void getSyncStatus().then(setStatus);
    return watchSyncStatus(setStatus);
  }, []);
  return status;
}

/** A problem the background stored, in words (a code this version does not know says nothing). */
function storedProblem(problem: SyncStatus['problem']): string | undefined {
  if (!problem || !problem.code.startsWith('problem_') || !isMessageKey(problem.code)) return undefined;
  return problemText({ code: problem.code as ProblemCode, subs: problem.subs });
}

function statusLine(status: SyncStatus): Message | undefined {
  const last = status.lastSyncAt === undefined ? t('sync_never') : t('sync_last', formatDateTime(status.lastSyncAt));
  switch (status.state) {
    case 'syncing':
      return { text: t('sync_running') };
    case 'error':
      return { text: `${storedProblem(status.problem) ?? ''} ${last}`.trim(), error: true };
    case 'locked':
      return { text: storedProblem(status.problem) ?? t('sync_locked'), error: !!status.problem };
    case 'paused':
      return { text: `${t('sync_paused')} ${last}` };
    case 'idle': {
      const warning = storedProblem(status.warning);
      return warning ? { text: `${last} ${warning}`, error: true } : { text: last };
    }
    default:
      return undefined;
  }
}

/** Sync through the person's own WebDAV server, on the network page: setup, status, Sync now, Stop. */
export function SyncSection() {
  const status = useSyncStatus();
  const [url, setUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [remember, setRemember] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();

  const act = (action: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setMessage(undefined);
    void action()
      .then(() => done && setMessage({ text: done }))
      .catch((error: unknown) => setMessage({ text: errorText(error), error: true }))
      .finally(() => setBusy(false));
  };

  const start = (event: Event) => {
    event.preventDefault();
    setMessage(undefined);
    const wrong = serverUrlProblem(url.trim());
    if (wrong) {
      setMessage({ text: t(wrong === 'not-https' ? 'problem_sync_not_https' : 'problem_sync_address'), error: true });
      return;
    }
    // Host access to this one server, asked first thing in the click (browsers ask only then).
    const asked = browser.permissions.request({ origins: [serverOrigin(url.trim())] });
    act(async () => {
      if (!(await asked)) throw new Error(t('sync_denied'));
      setMessage({ text: t('sync_starting') });
      await sendMessage('syncStart', { url: url.trim(), username, password, passphrase, remember });
      setPassword('');
      setPassphrase('');
    });
  };

  const unlock = (event: Event) => {
    event.preventDefault();
    act(async () => {
      await sendMessage('syncUnlock', { passphrase });
      setPassphrase('');
    });
  };

  const on = status && status.state !== 'off';
  const line = status && statusLine(status);

  return (
    <section class="settings" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('sync_title')}</h2>
      <p class="muted">{t('sync_help')}</p>
      {status && !on && (
        <form onSubmit={start}>
          <div class="field">
            <label for="sync-server">{t('sync_server')}</label>
            <input
              id="sync-server"
              type="url"
              required
              autocomplete="url"
              placeholder="https://"
              value={url}
              onInput={(e) => setUrl(e.currentTarget.value)}
            />
            <p class="muted">{t('sync_server_help')}</p>
          </div>
          <div class="field">
            <label for="sync-user">{t('sync_user')}</label>
            <input
              id="sync-user"
              autocomplete="username"
              value={username}
              onInput={(e) => setUsername(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="sync-password">{t('sync_password')}</label>
            <input
              id="sync-password"
              type="password"
              autocomplete="current-password"
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
            <p class="muted">{t('sync_password_note')}</p>
          </div>
          <div class="field">
            <label for="sync-passphrase">{t('sync_passphrase')}</label>
            <input
              id="sync-passphrase"
              type="password"
              required
              autocomplete="new-password"
              value={passphrase}
              onInput={(e) => setPassphrase(e.currentTarget.value)}
            />
            <p class="muted">{t('sync_passphrase_help')}</p>
          </div>
          <label class="check">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} />
            {t('sync_remember')}
          </label>
          <div class="actions">
            <button type="submit" class="primary" disabled={busy}>
              {t('sync_start')}
            </button>
          </div>
        </form>
      )}
      {status && on && (
        <>
          {status.server && status.user !== undefined && <p>{t('sync_with', status.server, status.user)}</p>}
          {line && <MessageLine message={line} />}
          {status.state === 'locked' && (
            <form onSubmit={unlock}>
              <div class="field">
                <label for="sync-unlock">{t('sync_passphrase')}</label>
                <input
                  id="sync-unlock"
                  type="password"
                  required
                  value={passphrase}
                  onInput={(e) => setPassphrase(e.currentTarget.value)}
                />
              </div>
              <div class="actions">
                <button type="submit" class="primary" disabled={busy}>
                  {t('sync_unlock')}
                </button>
              </div>
            </form>
          )}
          {status.state === 'confirm' && status.confirm && (
            <div role="alertdialog" aria-labelledby="sync-confirm" class="notice">
              <p id="sync-confirm">
                {t(
                  CONFIRM_MESSAGES[status.confirm.kind ?? 'source'],
                  formatNumber(status.confirm.deletes),
                  formatNumber(status.confirm.total),
                )}
              </p>
              <div class="actions">
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => act(() => sendMessage('syncNow', { confirmDeletes: true }))}
                >
                  {t('sync_confirm_delete')}
                </button>
                <button
                  type="button"
                  class="primary"
                  disabled={busy}
                  onClick={() => act(() => sendMessage('syncKeepMine', {}))}
                >
                  {t('sync_confirm_keep')}
                </button>
              </div>
            </div>
          )}
          <div class="actions">
            <button
              type="button"
              disabled={busy || status.state === 'locked'}
              onClick={() => act(() => sendMessage('syncNow', {}))}
            >
              {t('sync_now')}
            </button>
            <button
              type="button"
              disabled={busy}
              onClick={() => act(() => sendMessage('syncStop', {}), t('sync_stopped'))}
            >
              {t('sync_stop')}
            </button>
          </div>
        </>
      )}
      <MessageLine message={message} />
    </section>
  );
}
