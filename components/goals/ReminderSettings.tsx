import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '@/utils/i18n';
import { updateSettings, type Settings } from '@/utils/settings';
import { errorText } from '@/utils/errors';
import { useSettings } from '../use-settings';

/** Sunday (0) to Saturday (6), named in the browser's language. */
function weekdayName(day: number): string {
  // 2026-11-29 is a Sunday.
  return new Date(2026, 10, 29 + day).toLocaleDateString(uiLanguage(), { weekday: 'long' });
}
const DAYS = [1, 2, 3, 4, 5, 6, 0];

/**
 * The weekly reminder to reflect: off by default; a day and a time. Turning it on asks for the
 * optional `notifications` permission (in the click, as browsers require); without it the
 * reminder opens the reflection in a new tab instead.
 */
export function ReminderSettings() {
  const settings = useSettings();
  const [note, setNote] = useState<string | undefined>();
  if (!settings) return null;
  const { reminder } = settings;
  const save = (patch: Partial<Settings['reminder']>) =>
    updateSettings({ reminder: { ...reminder, ...patch } }).catch((e: unknown) => setNote(errorText(e)));

  const toggle = (on: boolean) => {
    setNote(undefined);
    if (!on) {
      void save({ on: false }).then(() =>
        browser.permissions.remove({ permissions: ['notifications'] }).catch(() => false),
      );
      return;
    }
    void browser.permissions
      .request({ permissions: ['notifications'] })
      .catch(() => false)
      .then(async (granted) => {
        await save({ on: true });
        if (!granted) setNote(t('reminder_no_notifications'));
      });
  };

  return (
    <fieldset class="reminder">
      <legend>{t('reminder_title')}</legend>
      <label class="check">
        <input type="checkbox" checked={reminder.on} onChange={(e) => toggle(e.currentTarget.checked)} />
        {t('reminder_on')}
      </label>
      <div class="row">
        <div class="field">
          <label for="reminder-day">{t('reminder_day')}</label>
          <select
            id="reminder-day"
            value={String(reminder.day)}
            onChange={(e) => void save({ day: Number(e.currentTarget.value) })}
          >
            {DAYS.map((d) => (
              <option key={d} value={String(d)}>
                {weekdayName(d)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="reminder-time">{t('reminder_time')}</label>
          <input
            id="reminder-time"
            type="time"
            value={reminder.time}
            onChange={(e) => {
              if (/^\d\d:\d\d$/.test(e.currentTarget.value)) void save({ time: e.currentTarget.value });
            }}
          />
        </div>
      </div>
      {note && <p class="muted">{note}</p>}
    </fieldset>
  );
}
