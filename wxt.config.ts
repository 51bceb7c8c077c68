import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * Browser tests load a build made with `--mode e2e`: the same extension plus host access to
 * fixture pages on 127.0.0.1 and localhost, so a test can open `popup.html?tabId=N` in a tab
 * without the toolbar click that grants activeTab. The release build asks for no host access.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: a reader can follow every name to its definition.
  imports: false,
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}{{modeSuffix}}',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'] } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'pln-capture@pln-capture.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
