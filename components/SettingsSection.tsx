import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { togglePermission, useSettings } from './use-settings';

/** The settings part of the options page. */
export function SettingsSection() {
  const settings = useSettings();
  const [error, setError] = useState<string | undefined>();
  const toggleBadge = (on: boolean) => {
    setError(undefined);
    void togglePermission(
      { permissions: ['tabs'] },
      on,
      { on: { savedBadge: true }, off: { savedBadge: false } },
      t('settings_badge_denied'),
    ).then(setError);
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
      {error && (
        <p role="alert" class="message error">
          {error}
        </p>
      )}
    </section>
  );
}
