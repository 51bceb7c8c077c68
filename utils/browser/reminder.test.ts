import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateSettings } from '../settings';
import { nextReminderAt, onReminderAlarm, REMINDER_ALARM, syncReminder } from './reminder';
import { stand } from './test-browser';

/** The addresses of the tabs opened (fakeBrowser starts with one blank tab). */
const opened = async () => (await fakeBrowser.tabs.query({})).flatMap((tab) => tab.url ?? []);

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('nextReminderAt', () => {
  // 2026-11-25 is a Wednesday (day 3).
  it('is later the same day when the time has not come yet', () => {
    expect(nextReminderAt({ day: 3, time: '18:30' }, local(2026, 11, 25, 9))).toBe(local(2026, 11, 25, 18, 30));
  });

  it('is a week later once the time has passed on that day', () => {
    expect(nextReminderAt({ day: 3, time: '08:00' }, local(2026, 11, 25, 9))).toBe(local(2026, 12, 2, 8));
    expect(nextReminderAt({ day: 3, time: '09:00' }, local(2026, 11, 25, 9))).toBe(local(2026, 12, 2, 9));
  });

  it('is the coming chosen weekday, across a month end', () => {
    expect(nextReminderAt({ day: 0, time: '20:00' }, local(2026, 11, 25, 9))).toBe(local(2026, 11, 29, 20));
    expect(nextReminderAt({ day: 1, time: '07:15' }, local(2026, 11, 29, 21))).toBe(local(2026, 11, 30, 7, 15));
    expect(nextReminderAt({ day: 2, time: '07:15' }, local(2026, 11, 30, 21))).toBe(local(2026, 12, 1, 7, 15));
  });
});

describe('the weekly reminder', () => {
  it('sets a weekly alarm when on, and clears it when off', async () => {
    const now = local(2026, 11, 25, 9);
    await syncReminder({ on: true, day: 5, time: '17:00' }, now);
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm).toMatchObject({ scheduledTime: local(2026, 11, 27, 17), periodInMinutes: 7 * 24 * 60 });
    await syncReminder({ on: false, day: 5, time: '17:00' }, now);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('is off by default', async () => {
    const settings = await updateSettings({});
    expect(settings.reminder.on).toBe(false);
  });

  it('opens the reflection form when it fires without the notifications permission', async () => {
    stand(fakeBrowser.permissions, 'contains', () => Promise.resolve(false));
    await onReminderAlarm({ name: REMINDER_ALARM });
    expect(await opened()).toEqual([fakeBrowser.runtime.getURL('/options.html#reflect')]);
  });

  it('leaves other alarms alone', async () => {
    await onReminderAlarm({ name: 'something-else' });
    expect(await opened()).toEqual([]);
  });

  it('shows a notification instead when allowed', async () => {
    const shown: string[] = [];
    stand(fakeBrowser.permissions, 'contains', () => Promise.resolve(true));
    stand(fakeBrowser, 'notifications', {
      create: (id: string) => {
        shown.push(id);
        return Promise.resolve(id);
      },
    });
    await onReminderAlarm({ name: REMINDER_ALARM });
    expect(shown).toEqual([REMINDER_ALARM]);
    expect(await opened()).toEqual([]);
  });
});
