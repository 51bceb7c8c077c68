import { t, type MessageKey } from '@/utils/i18n';
import type { Category, Kind, Status } from '@/utils/model/vocabulary';

export const kindLabel = (kind: Kind) => t(`kind_${kind}` as MessageKey);
export const categoryLabel = (category: Category) => t(`category_${category}` as MessageKey);
export const statusLabel = (status: Status) => t(`status_${status}` as MessageKey);

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

export function formatDate(time: number): string {
  return new Date(time).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
