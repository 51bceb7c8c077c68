/**
 * Whether the browser keeps this extension's data when the disk runs low on space: it asks for
 * persistent storage (browsers grant it to extensions with `unlimitedStorage`, or ask the person,
 * or decide by how the site is used) and answers what was granted; `unknown` where the browser
 * has no Storage API.
 */
export type Persistence = 'persisted' | 'not-persisted' | 'unknown';

export async function askToPersist(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
): Promise<Persistence> {
  if (!storage?.persisted) return 'unknown';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist?.()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'unknown';
  }
}
