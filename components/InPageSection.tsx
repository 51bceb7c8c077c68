import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { inPageSites, type InPageSite } from '@/utils/inpage/sites';
import { togglePermission, useSettings } from './use-settings';

/** Turns the in-page "Add to PLN" button on or off, site by site. */
export function InPageSection() {
  const settings = useSettings();
  const [error, setError] = useState<string | undefined>();
  const toggle = (site: InPageSite, on: boolean) => {
    setError(undefined);
    const others = (settings?.inPageSites ?? []).filter((id) => id !== site.id);
    void togglePermission(
      { origins: site.origins },
      on,
      { on: { inPageSites: [...others, site.id] }, off: { inPageSites: others } },
      t('inpage_denied', site.name),
    ).then(setError);
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
      {error && (
        <p role="alert" class="message error">
          {error}
        </p>
      )}
    </section>
  );
}
