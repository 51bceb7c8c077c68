import { storage } from '@wxt-dev/storage';
import { z } from 'zod';

/** The person's settings, kept in extension storage and validated whenever read. */
export const Settings = z.object({
  /** Show on the toolbar icon whether the current tab's page is saved (needs the `tabs` permission). */
  savedBadge: z.boolean().catch(false),
  /** Sites (ids from utils/inpage/sites.ts) where the in-page "Add to PLN" button is on. */
  inPageSites: z.array(z.string().max(40)).max(50).catch([]).default([]),
  /** When the person last made a full backup (epoch ms). */
  lastBackupAt: z.number().int().nonnegative().optional().catch(undefined),
  /** The goal last chosen in the popup for each topic (by topicKey), offered again for it. */
  goalByTopic: z.record(z.string().max(200), z.string().max(64)).catch({}).default({}),
  /** The weekly reminder to reflect: off by default; day 0 is Sunday, time is local `HH:MM`. */
  reminder: z
    .object({
      on: z.boolean(),
      day: z.number().int().min(0).max(6),
      time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    })
    .catch({ on: false, day: 0, time: '18:00' })
    .default({ on: false, day: 0, time: '18:00' }),
});
export type Settings = z.output<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  savedBadge: false,
  inPageSites: [],
  goalByTopic: {},
  reminder: { on: false, day: 0, time: '18:00' },
};

const item = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

export async function getSettings(): Promise<Settings> {
  const parsed = Settings.safeParse(await item.getValue());
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = Settings.parse({ ...(await getSettings()), ...patch });
  await item.setValue(next);
  return next;
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return item.watch((value) => {
    const parsed = Settings.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_SETTINGS);
  });
}
