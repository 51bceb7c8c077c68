import { defineBackground } from 'wxt/utils/define-background';
import { onMenuClicked, registerMenus } from '@/utils/browser/menus';
import { onCommand, registerCommands } from '@/utils/browser/commands';
import { refreshBadges, watchTabsForBadge } from '@/utils/browser/badge';
import { registerOmnibox } from '@/utils/browser/omnibox';
import { getDatabase } from '@/utils/db/database';
import { purgeTrash } from '@/utils/db/repository';
import { registerImportPort } from '@/utils/messaging/import-port';
import { registerMessageHandlers } from '@/utils/messaging/register';
import { getSettings, watchSettings } from '@/utils/settings';
import { registerInPageHandlers } from '@/utils/inpage/handlers';
import { syncInPageScripts } from '@/utils/inpage/registration';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  const db = getDatabase();
  const refresh = () => void refreshBadges(db).catch(() => undefined);
  registerMessageHandlers(db, { afterWrite: refresh });
  registerImportPort(db, { afterWrite: refresh });
  registerMenus(db);
  registerCommands(db);
  registerOmnibox(db, !import.meta.env.FIREFOX);
  watchTabsForBadge(db);
  registerInPageHandlers(db, { afterWrite: refresh });
  const syncButtons = () => void getSettings().then(syncInPageScripts).catch(() => undefined);
  watchSettings(() => {
    refresh();
    syncButtons();
  });
  browser.permissions.onRemoved.addListener(syncButtons);
  syncButtons();
  // The trash keeps removed sources for TRASH_DAYS days.
  void purgeTrash(db).catch(() => undefined);

  // Browser tests call what a menu click or a shortcut calls, since they cannot press either.
  if (import.meta.env.MODE === 'e2e') {
    Object.assign(globalThis, { plnTest: { onMenuClicked: onMenuClicked.bind(null, db), onCommand: onCommand.bind(null, db) } });
  }
});
