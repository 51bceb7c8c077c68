/**
 * How the views show the vocabulary (utils/labels.ts, re-exported here for the views that import
 * their labels from this file), addresses and dates.
 */
export { categoryLabel, kindLabel, reliabilityCheckLabel, statusLabel } from '@/utils/labels';

/** A short, readable form of an address: host and path, without the scheme. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname === '/' ? '' : u.pathname;
    return `${u.host}${path}`.slice(0, 80);
  } catch {
    return url.slice(0, 80);
  }
}

/** A day in the browser's language (utils/i18n.ts). */
export { formatDate } from '@/utils/i18n';
