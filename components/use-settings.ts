import { useEffect, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import { errorText } from '@/utils/errors';
import { getSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

/** The person's settings, kept current as they change anywhere in the extension. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings | undefined>();
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return settings;
}

/**
 * Turns on an option that needs an optional permission: asks for it (first thing in the click:
 * browsers ask only in answer to one), then saves the option; turning off saves the option,
 * then gives the permission back. Resolves to an error to show, if any.
 */
export function togglePermission(
  permission: Browser.permissions.Permissions,
  on: boolean,
  settings: { on: Partial<Settings>; off: Partial<Settings> },
  denied: string,
): Promise<string | undefined> {
  if (!on) {
    return updateSettings(settings.off)
      .then(() => browser.permissions.remove(permission).catch(() => false))
      .then(() => undefined, errorText);
  }
  return browser.permissions
    .request(permission)
    .then(async (granted) => (granted ? void (await updateSettings(settings.on)) : denied), errorText);
}
