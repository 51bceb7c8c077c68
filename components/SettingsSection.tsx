import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

/** The settings part of the options page. */
export function SettingsSection() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const toggleBadge = (on: boolean) => {
    setError(undefined);
    if (!on) {
      void updateSettings({ savedBadge: false }).then(() => browser.permissions.remove({ permissions: ['tabs'] }).catch(() => false));
      return;
    }
    // The request must be the first thing the click does: browsers ask only in answer to a click.
    void browser.permissions
      .request({ permissions: ['tabs'] })
      .then(async (granted) => {
        if (granted) await updateSettings({ savedBadge: true });
        else setError(t('settings_badge_denied'));
      })
      .catch((e: unknown) => setError(String(e)));
  };

  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">{t('settings_title')}</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={settings?.savedBadge ?? false}
          disabled={!settings}
          onChange={(e) => toggleBadge(e.currentTarget.checked)}
        />
        {t('settings_badge')}
      </label>
      <p class="muted">{t('settings_badge_help')}</p>
      {error && <p role="alert" class="message error">{error}</p>}
    </section>
  );
}
