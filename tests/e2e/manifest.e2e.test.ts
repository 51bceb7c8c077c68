import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './browser';

function manifest(build: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

describe('built manifests', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])(
    'the release build %s asks for no host access and runs nothing on pages',
    (build) => {
      const m = manifest(build);
      expect(m.host_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      const allowed = ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'sidePanel'];
      // MV2 lists host patterns among permissions: there must be none.
      expect((m.permissions as string[]).filter((p) => !allowed.includes(p))).toEqual([]);
      // `tabs` (for the saved-state badge), `bookmarks` (to import a folder), `notifications`
      // (the weekly reminder) and the in-page button's sites are asked for only when the person
      // turns those options on.
      const sites = [
        'https://www.youtube.com/*',
        'https://x.com/*',
        'https://twitter.com/*',
        'https://bsky.app/*',
        'https://github.com/*',
      ];
      // The sync server: one origin asked for at Start syncing (https, or this computer).
      const syncServers = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
      if (build === 'chrome-mv3') {
        expect(m.optional_permissions).toEqual(['tabs', 'bookmarks', 'notifications']);
        expect(m.optional_host_permissions).toEqual([...sites, ...syncServers]);
      } else {
        expect(m.optional_permissions).toEqual(['tabs', 'bookmarks', 'notifications', ...sites, ...syncServers]);
      }
    },
  );

  it('the Chrome build has a side panel and the Firefox build a sidebar', () => {
    expect(manifest('chrome-mv3').side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest('firefox-mv2').sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
  });

  it('the browser-test build adds host access to 127.0.0.1 and localhost only', () => {
    expect(manifest('chrome-mv3-e2e').host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
  });
});
