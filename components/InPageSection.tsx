import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { inPageSites, type InPageSite } from '@/utils/inpage/sites';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

/** Turns the in-page "Add to PLN" button on or off, site by site. */
export function InPageSection() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  const toggle = (site: InPageSite, on: boolean) => {
    setError(undefined);
    const others = (settings?.inPageSites ?? []).filter((id) => id !== site.id);
    if (!on) {
      void updateSettings({ inPageSites: others }).then(() => browser.permissions.remove({ origins: site.origins }).catch(() => false));
      return;
    }
    // The request must be the first thing the click does: browsers ask only in answer to a click.
    void browser.permissions
      .request({ origins: site.origins })
      .then(async (granted) => {
        if (granted) await updateSettings({ inPageSites: [...others, site.id] });
        else setError(t('inpage_denied', site.name));
      })
      .catch((e: unknown) => setError(String(e)));
  };

  return (
    <section class="settings" aria-labelledby="inpage-heading">
      <h2 id="inpage-heading">{t('inpage_title')}</h2>
      <p class="muted">{t('inpage_help')}</p>
      {inPageSites().map((site) => (
        <label class="check" key={site.id}>
          <input
            type="checkbox"
            disabled={!settings}
            checked={settings?.inPageSites.includes(site.id) ?? false}
            onChange={(e) => toggle(site, e.currentTarget.checked)}
          />
          {t('inpage_site', site.name)}
        </label>
      ))}
      {error && <p role="alert" class="message error">{error}</p>}
    </section>
  );
}
