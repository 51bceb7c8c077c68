import { useDatabase } from './database';
import { findSaved, peopleNamed } from '@/utils/db';
import type { Source } from '@/utils/model/source';
import { normalizeUrl } from '@/utils/url/normalize';
import { useLiveQuery } from './use-live-query';

/** Saved people a person found on a page may be. */
export interface PersonMatch {
  /** The saved person one of their other profiles (sameAs, rel=me) belongs to: it is likely their site. */
  linked?: Source;
  /** A saved person with the same name (compared as the repository compares names): perhaps them, perhaps not. */
  sameName?: Source;
}

const NONE: PersonMatch = {};

/**
 * Who among the saved people this person (about to be saved, or just saved as `savedId`) may be.
 * Only suggestions: a link can be claimed by anyone and a name can be shared, so the popup asks.
 */
export function usePersonMatch(
  person: { name: string; url?: string | undefined; sameAs: readonly string[] } | undefined,
  savedId: string | undefined,
): PersonMatch {
  const db = useDatabase();
  const match = useLiveQuery(async (): Promise<PersonMatch> => {
    if (!person) return NONE;
    const own = person.url === undefined ? undefined : normalizeUrl(person.url);
    const other = (p: Source | undefined): p is Source =>
      p?.kind === 'person' && p.id !== savedId && (own === undefined || !p.aliases.includes(own));
    let linked: Source | undefined;
    for (const address of person.sameAs) {
      const found = await findSaved(db, address);
      if (other(found)) {
        linked = found;
        break;
      }
    }
    const sameName = (await peopleNamed(db, person.name)).find((p) => other(p) && p.id !== linked?.id);
    return { linked, sameName };
  }, [person?.name, person?.url, person?.sameAs.join(' '), savedId]);
  return match.value ?? NONE;
}
