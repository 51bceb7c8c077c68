import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';

interface Shortcut {
  description: string;
  keys: string;
}

/** The keyboard shortcuts as the browser has them now (the person may have changed them). */
export function Shortcuts() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands.getAll().then((commands) =>
      setShortcuts(
        commands.map((c) => ({
          description: describe(c.name ?? '', c.description),
          keys: c.shortcut || t('shortcut_none'),
        })),
      ),
    );
  }, []);
  if (shortcuts.length === 0) return null;
  return (
    <details class="shortcuts">
      <summary>{t('shortcuts')}</summary>
      <dl>
        {shortcuts.map((s) => (
          <div key={s.description}>
            <dt>{s.description}</dt>
            <dd>
              <kbd>{s.keys}</kbd>
            </dd>
          </div>
        ))}
      </dl>
      {!import.meta.env.FIREFOX && (
        <button
          type="button"
          class="link"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          {t('shortcuts_change')}
        </button>
      )}
      {import.meta.env.FIREFOX && <p class="muted">{t('shortcuts_change_firefox')}</p>}
    </details>
  );
}

/** The browser's own commands have no description: name them. */
function describe(name: string, description: string | undefined): string {
  if (name === '_execute_action' || name === '_execute_browser_action') return t('command_open_popup');
  if (name === '_execute_sidebar_action') return t('command_open_panel');
  return description || name;
}
