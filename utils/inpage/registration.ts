import { browser } from 'wxt/browser';
import type { Settings } from '../settings';
import { inPageSites, type InPageSite } from './sites';

/** The content script WXT builds from entrypoints/inpage.content.ts. */
export const IN_PAGE_SCRIPT = '/content-scripts/inpage.js';

const scriptId = (site: InPageSite) => `pln-inpage-${site.id}`;

/**
 * Registers the in-page button's script on exactly the sites that are on and permitted, and
 * unregisters it elsewhere. A site just turned on gets the button in its open tabs at once.
 */
export async function syncInPageScripts(settings: Settings): Promise<void> {
  const registered = new Set((await browser.scripting.getRegisteredContentScripts()).map((s) => s.id));
  for (const site of inPageSites()) {
    const id = scriptId(site);
    const wanted =
      settings.inPageSites.includes(site.id) && (await browser.permissions.contains({ origins: site.origins }));
    if (wanted && !registered.has(id)) {
      await browser.scripting.registerContentScripts([
        {
          id,
          matches: site.origins,
          js: [IN_PAGE_SCRIPT],
          runAt: 'document_idle',
          persistAcrossSessions: !import.meta.env.FIREFOX,
        },
      ]);
      const tabs = await browser.tabs.query({ url: site.origins });
      for (const tab of tabs) {
        if (tab.id !== undefined)
          await browser.scripting
            .executeScript({ target: { tabId: tab.id }, files: [IN_PAGE_SCRIPT] })
            .catch(() => undefined);
      }
    } else if (!wanted && registered.has(id)) {
      await browser.scripting.unregisterContentScripts({ ids: [id] });
    }
  }
}
