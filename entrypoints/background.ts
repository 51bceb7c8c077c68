import { defineBackground } from 'wxt/utils/define-background';
import { onMenuClicked, registerMenus } from '@/utils/browser/menus';
import { onCommand, registerCommands } from '@/utils/browser/commands';
import { refreshBadges, watchTabsForBadge } from '@/utils/browser/badge';
import { registerOmnibox } from '@/utils/browser/omnibox';
import { registerReminder } from '@/utils/browser/reminder';
import { getDatabase, purgeTrash } from '@/utils/db';
import { registerImportPort } from '@/utils/messaging/import-port';
import { registerMessageHandlers } from '@/utils/messaging/register';
import { registerSyncHandlers } from '@/utils/messaging/sync-handlers';
import { keepNetworkSummary } from '@/utils/network/keep-summary';
import { createSyncService, SYNC_ALARM } from '@/utils/browser/sync-service';
import { getSettings, watchSettings } from '@/utils/settings';
import { registerInPageHandlers } from '@/utils/inpage/handlers';
import { syncInPageScripts } from '@/utils/inpage/registration';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  const db = getDatabase();
  // Sync (when set up): after local changes (debounced), at browser start, every 15 minutes, on Sync now.
  const sync = createSyncService(db);
  registerSyncHandlers(sync);
  void sync.woke().catch(() => undefined);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.syncNow({ automatic: true }).catch(() => undefined);
  });
  // After a write, the badges change only if the option is on, and a sync follows.
  const afterWrite = () => {
    void refreshBadges(db, { whenOn: true }).catch(() => undefined);
    sync.schedule();
  };
  registerMessageHandlers(db, { afterWrite });
  registerImportPort(db, { afterWrite });
  registerMenus(db);
  registerCommands(db);
  registerOmnibox(db, !import.meta.env.FIREFOX);
  watchTabsForBadge(db);
  registerInPageHandlers(db, { afterWrite });
  registerReminder();
  // The network page's first screen, made again after sources change, for the page to draw at once.
  keepNetworkSummary(db);

  // The in-page button's scripts follow the sites turned on (and the permissions granted).
  const syncButtons = () =>
    void getSettings()
      .then(syncInPageScripts)
      .catch(() => undefined);
  let sites = '';
  watchSettings((settings) => {
    void refreshBadges(db).catch(() => undefined);
    const now = settings.inPageSites.join(' ');
    if (now !== sites) syncButtons();
    sites = now;
  });
  browser.permissions.onRemoved.addListener(syncButtons);

  // Once per browser start (not at each wake of the service worker): registrations the browser
  // may have dropped, and the trash kept for TRASH_DAYS days.
  const onStart = () => {
    syncButtons();
    void purgeTrash(db).catch(() => undefined);
    void sync.browserStarted().catch(() => undefined);
  };
  browser.runtime.onStartup.addListener(onStart);
  browser.runtime.onInstalled.addListener(onStart);

  // Browser tests call what a menu click or a shortcut calls, since they cannot press either.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, {
      plnTest: { onMenuClicked: onMenuClicked.bind(null, db), onCommand: onCommand.bind(null, db) },
    });
  }
});
