import { useState } from 'preact/hooks';
import { personInput } from '@/utils/capture/draft';
import { addProfileInput } from '@/utils/capture/person-match';
import { useDatabase } from './database';
import { findPerson, findSaved } from '@/utils/db';
import type { Candidate } from '@/utils/extract/candidates';
import { t } from '@/utils/i18n';
import { saveCandidateLabel } from '@/utils/labels';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Source } from '@/utils/model/source';
import { defaultCategory, type Category } from '@/utils/model/vocabulary';
import { ExternalLink } from './ExternalLink';
import { RemoteImage } from './RemoteImage';
import { categoryLabel, kindLabel } from './labels';
import { useLiveQuery } from './use-live-query';
import { usePersonMatch } from './use-person-match';
import { CategoryOptions } from './VocabularyOptions';
import { errorText } from '@/utils/errors';
import { MessageLine, type Message } from './MessageLine';

interface Props {
  candidate: Candidate;
  /** The page's address, which a saved author is linked to. */
  pageUrl: string;
  pageTitle: string;
  /** Topics typed for the page, given to what is saved from it too. */
  topics: string[];
  category: Category | undefined;
  onCategory: (category: Category) => void;
  /** The category for a channel or show follows what the page is (videos or podcasts). */
  defaultFor: Category;
}

/**
 * Something else on the page that can be saved: an author (a person), the publication, or the
 * channel or show. Shows whether it is already in the network, or may be someone who is (their
 * profiles link to a saved person's, or a saved person has their name): then one click adds
 * this profile to that person. Never by the name alone without asking.
 */
export function CandidateItem(props: Props) {
  const { candidate } = props;
  const db = useDatabase();
  const isPerson = candidate.kind === 'person';
  const known = useLiveQuery(
    async () =>
      isPerson
        ? ((await findPerson(db, { name: candidate.title, url: candidate.url })) ?? null)
        : candidate.url
          ? ((await findSaved(db, candidate.url)) ?? null)
          : null,
    [candidate.title, candidate.url],
  );
  const saved: Source | undefined = known.value ?? undefined;
  // The person this item saved as someone new, who may still turn out to be someone saved before.
  const [createdId, setCreatedId] = useState<string | undefined>();
  const match = usePersonMatch(
    isPerson ? { name: candidate.title, url: candidate.url, sameAs: candidate.sameAs } : undefined,
    saved?.id,
  );
  const [message, setMessage] = useState<Message | undefined>();
  const nameId = `candidate-${candidate.role}-${candidate.title.replace(/\W+/g, '-')}`;
  const chosen = props.category ?? saved?.category ?? props.defaultFor;

  const asPerson = () => ({
    ...personInput(
      { name: candidate.title, url: candidate.url, image: candidate.image, sameAs: candidate.sameAs },
      props.category,
      props.topics,
      props.pageUrl,
      props.pageTitle,
      Date.now(),
    ),
    feeds: candidate.feeds,
  });

  const run = async (action: () => Promise<string>) => {
    try {
      setMessage({ text: await action() });
    } catch (error) {
      setMessage({ text: t('error_save', errorText(error)), error: true });
    }
  };

  const save = () =>
    run(async () => {
      const result = isPerson
        ? await sendMessage('savePerson', {
            // Without an id: the background finds them again and adds to what they have.
            person: asPerson(),
            fromPageUrl: props.pageUrl,
          })
        : await sendMessage('savePage', {
            page: {
              id: saved?.id,
              kind: candidate.kind,
              title: saved?.title ?? candidate.title,
              category: chosen,
              url: candidate.url,
              image: candidate.image,
              siteName: candidate.siteName,
              feeds: candidate.feeds,
              topics: saved ? undefined : props.topics,
              provenance: { pageUrl: props.pageUrl, pageTitle: props.pageTitle, capturedAt: Date.now() },
            },
            authors: [],
          });
      if (result.created) setCreatedId(result.source.id);
      return t(result.created ? 'saved_new' : 'saved_updated', categoryLabel(result.source.category));
    });

  /** Their profile joins a person saved before: as one more address, or, just saved apart, merged into them. */
  const addTo = (into: Source) =>
    run(async () => {
      if (saved && saved.id === createdId) {
        await sendMessage('mergePeople', { intoId: into.id, fromId: saved.id });
        setCreatedId(undefined);
      } else {
        await sendMessage('savePerson', { person: addProfileInput(into, asPerson()), fromPageUrl: props.pageUrl });
      }
      return t('added_to_person', into.title);
    });

  // Offered before it is saved, or right after it was saved as someone new.
  const undecided = !saved || saved.id === createdId;
  const offer = undecided ? (match.linked ?? match.sameName) : undefined;
  const button = isPerson ? t('save_author') : saveCandidateLabel(candidate.role);
  return (
    <li class="author">
      <div class="author-head">
        <RemoteImage src={candidate.image} class="avatar" />
        <div>
          <ExternalLink href={candidate.url} class="author-name">
            <span id={nameId}>{candidate.title}</span>
          </ExternalLink>
          <p class="muted">
            {kindLabel(candidate.kind)}
            {saved && ` · ${t('author_saved')}`}
            {candidate.feeds.length > 0 && ` · ${t('has_feed')}`}
          </p>
        </div>
      </div>
      {offer && (
        <div class="notice">
          <p>{offer === match.linked ? t('maybe_same', offer.title) : t('same_person_as', offer.title)}</p>
          <button type="button" onClick={() => void addTo(offer)}>
            {t('add_profile_to', offer.title)}
          </button>
        </div>
      )}
      <div class="row">
        <label class="sr-only" for={`${nameId}-category`}>
          {t('author_category', candidate.title)}
        </label>
        <select
          id={`${nameId}-category`}
          value={chosen}
          onChange={(e) => props.onCategory(e.currentTarget.value as Category)}
        >
          <CategoryOptions />
        </select>
        <button type="button" aria-describedby={nameId} onClick={() => void save()}>
          {button}
        </button>
      </div>
      <MessageLine message={message} />
    </li>
  );
}

/**
 * The default category of a candidate: a show is a podcast, a channel is videos, and a news
 * outlet is research and reference, like its articles (utils/extract/README.md).
 */
export function candidateCategory(candidate: Candidate, pageKind: string, news = false): Category {
  if (candidate.role === 'channel' && pageKind === 'podcast_episode') return 'podcasts';
  return defaultCategory(candidate.kind, news && candidate.role !== 'author');
}
