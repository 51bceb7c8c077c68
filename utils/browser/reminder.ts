import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { getSettings, watchSettings, type Settings } from '../settings';

/**
 * The weekly reminder to reflect: an alarm at the day and time the person chose (off by default),
 * which opens the reflection form on the network page. With the optional `notifications`
 * permission (asked for only when the reminder is turned on) it is a notification that opens the
 * form when clicked; without it, the form opens in a new tab.
 */

export const REMINDER_ALARM = 'weekly-reflection';
const WEEK_MINUTES = 7 * 24 * 60;

/** The reflection form's address: the network page, which opens the form for this hash. */
export const REFLECT_HASH = '#reflect';

type Reminder = Settings['reminder'];

/** The next time, strictly after `now`, that falls on `day` (0 = Sunday) at `time` (local HH:MM). */
export function nextReminderAt(reminder: Pick<Reminder, 'day' | 'time'>, now: number): number {
  const [hours = 0, minutes = 0] = reminder.time.split(':').map(Number);
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  at.setDate(at.getDate() + ((reminder.day - at.getDay() + 7) % 7));
  if (at.getTime() <= now) at.setDate(at.getDate() + 7);
  return at.getTime();
}

/** Sets the alarm as the settings say: at the next chosen day and time, then weekly; or none. */
export async function syncReminder(reminder: Reminder, now: number = Date.now()): Promise<void> {
  if (!reminder.on) {
    await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  const when = nextReminderAt(reminder, now);
  const existing = await browser.alarms.get(REMINDER_ALARM);
  if (existing && existing.scheduledTime === when) return;
  await browser.alarms.create(REMINDER_ALARM, { when, periodInMinutes: WEEK_MINUTES });
}

/** Opens the reflection form in a new tab. */
async function openReflection(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/options.html${REFLECT_HASH}`) });
}

/** What the reminder's alarm does: a notification when allowed, else the form itself. */
export async function onReminderAlarm(alarm: Pick<Browser.alarms.Alarm, 'name'>): Promise<void> {
  if (alarm.name !== REMINDER_ALARM) return;
  const allowed = await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
  if (allowed && browser.notifications) {
    await browser.notifications.create(REMINDER_ALARM, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('reminder_notification_title'),
      message: t('reminder_notification_text'),
    });
    return;
  }
  await openReflection();
}

const onNotificationClicked = (id: string) => {
  if (id === REMINDER_ALARM) void openReflection().catch(() => undefined);
};

/** Listens for the notification's click, once its API exists (`notifications` is optional). */
function listenToNotifications(): void {
  const clicked = browser.notifications?.onClicked;
  if (clicked && !clicked.hasListener(onNotificationClicked)) clicked.addListener(onNotificationClicked);
}

/**
 * Wires the reminder in the background: its alarm, its notification's click, and the alarm set
 * again from the settings at each start and whenever they change.
 */
export function registerReminder(): void {
  browser.alarms.onAlarm.addListener((alarm) => void onReminderAlarm(alarm).catch(() => undefined));
  listenToNotifications();
  browser.permissions.onAdded.addListener(listenToNotifications);
  const sync = (settings: Settings) => void syncReminder(settings.reminder).catch(() => undefined);
  void getSettings().then(sync);
  watchSettings(sync);
}
