import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { IN_PAGE_SITES } from './utils/inpage/sites';

/**
 * Browser tests load a build made with `--mode e2e`: the same extension plus host access to
 * fixture pages on 127.0.0.1 and localhost, so a test can open `popup.html?tabId=N` in a tab
 * without the toolbar click that grants activeTab. The release build asks for no host access.
 */
/** Where a sync server may be: asked for one origin at a time, at Start syncing. */
const SYNC_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  // Explicit imports only: a reader can follow every name to its definition.
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => {
    const firefox = browser === 'firefox';
    const inPageOrigins = IN_PAGE_SITES.flatMap((site) => site.origins);
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: [
        'storage',
        'unlimitedStorage',
        'activeTab',
        'scripting',
        'contextMenus',
        // Sync's 15-minute schedule and the weekly reminder to reflect (no host access, no prompt).
        'alarms',
        // Browser tests cannot answer a permission prompt, so their build holds these already.
        ...(mode === 'e2e' ? ['tabs', 'bookmarks'] : []),
      ],
      // Asked for when the person turns on the option that needs it, never at install: `tabs`
      // for the saved-state badge, `bookmarks` to import a bookmark folder, and the sites where
      // the person may turn on the in-page button (utils/inpage/sites.ts), `notifications` for
      // the weekly reminder to reflect. Manifest V2 lists those sites among these too.
      // The sync server, asked for at Start syncing, that one origin only: any https server, or
      // one on this computer (utils/sync/server-url.ts: serverUrlProblem).
      optional_permissions: [
        'tabs',
        'bookmarks',
        'notifications',
        ...(firefox ? [...inPageOrigins, ...SYNC_ORIGINS] : []),
      ],
      optional_host_permissions: [...inPageOrigins, ...SYNC_ORIGINS],
      ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
      omnibox: { keyword: 'pln' },
      commands: {
        [firefox ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+P' },
        },
        'save-page': {
          suggested_key: { default: 'Alt+Shift+S' },
          description: '__MSG_command_save_page__',
        },
        ...(firefox
          ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+L' } } }
          : {
              'open-side-panel': {
                suggested_key: { default: 'Alt+Shift+L' },
                description: '__MSG_command_open_panel__',
              },
            }),
      },
      ...(firefox
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'pln-capture@pln-capture.org',
                // Firefox reads data_collection_permissions from 140 on (ESR 140 is the oldest
                // Firefox still supported); web-ext lint warns for any lower minimum.
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              // Firefox for Android reads data_collection_permissions from 142 on.
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
