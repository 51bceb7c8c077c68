import { t } from './i18n';

/** The errors an error wraps: Dexie's `inner`, a BulkError's `failures`, a standard `cause`. */
function wrapped(error: object): unknown[] {
  const { inner, failures, cause } = error as { inner?: unknown; failures?: unknown; cause?: unknown };
  const list: unknown[] =
    failures && typeof failures === 'object' ? Object.values(failures as Record<string, unknown>) : [];
  return [inner, cause, ...list];
}

/** Whether an error, or one it wraps, has this name (a QuotaExceededError inside an AbortError…). */
export function hasErrorNamed(error: unknown, name: string, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  if ((error as { name?: unknown }).name === name) return true;
  return wrapped(error).some((inner) => hasErrorNamed(inner, name, depth + 1));
}

/**
 * What went wrong, for a message shown to the person: a full disk and a database from a newer
 * version in words that say what to do, anything else in the words the error carries.
 */
export function errorText(error: unknown): string {
  if (hasErrorNamed(error, 'QuotaExceededError')) return t('error_storage_full');
  // Only opening the database fails so: it was upgraded by a newer version of the extension.
  if (hasErrorNamed(error, 'VersionError')) return t('error_database_newer');
  return error instanceof Error ? error.message : String(error);
}

/**
 * The error to pass on to a page: for a full disk or a newer database, one whose message says
 * what to do (the page gets only the message across a message or a port); otherwise the error.
 */
export function explained(error: unknown): unknown {
  if (hasErrorNamed(error, 'QuotaExceededError') || hasErrorNamed(error, 'VersionError'))
    return new Error(errorText(error));
  return error;
}
