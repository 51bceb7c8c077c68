import {
  mergeFeeds,
  SourceInput as SourceInputSchema,
  type ParsedSourceInput,
  type Source,
  type SourceInput,
} from '../model/source';
import { normalizeUrl } from '../url/normalize';

/** Fields a person saved before keeps when they have them: a new profile fills only the gaps. */
const KEPT = ['description', 'image', 'siteName', 'status', 'reliability'] as const;
/** Texts joined, the person's first. */
const JOINED = ['note', 'quote'] as const;

/**
 * The input that adds a person found on a page to a person already saved, as one more of their
 * profiles: their name and main address stay, topics, profiles and feeds are added, what they
 * have is neither cleared nor replaced (a note typed now goes after theirs), and their category
 * changes only when `person` names one.
 */
export function addProfileInput(known: Source, person: SourceInput): SourceInput {
  const parsed = SourceInputSchema.parse(person);
  const input = { ...parsed, id: undefined };
  for (const key of KEPT) if (known[key] !== undefined || input[key] === null) delete input[key];
  for (const key of JOINED) {
    const theirs = known[key];
    const now = input[key];
    if (!now) delete input[key];
    else if (theirs && !theirs.includes(now)) input[key] = `${theirs}\n\n${now}`;
  }
  return addToKnownPerson(known, input);
}

/**
 * A person saved again, from the same profile or another: topics, profiles and feeds are added
 * to the ones they have; a new profile address joins their profiles instead of replacing
 * their main address.
 */
export function addToKnownPerson(known: Source, person: ParsedSourceInput): ParsedSourceInput {
  const url = person.url === undefined ? undefined : normalizeUrl(person.url);
  const newProfile = known.url !== undefined && url !== undefined && url !== known.url;
  return {
    ...person,
    id: known.id,
    // The name they have in the network (perhaps edited) stays.
    title: known.title,
    url: newProfile ? known.url : url,
    topics: person.topics ? [...known.topics, ...person.topics] : undefined,
    profiles: [
      ...known.profiles,
      ...(newProfile ? [{ url, site: undefined, handle: undefined }] : []),
      ...(person.profiles ?? []),
    ],
    feeds: person.feeds ? mergeFeeds(known.feeds, person.feeds) : undefined,
    // A category the person chose stays unless one is given now.
    category: person.category ?? known.category,
  };
}
