import { useState } from 'preact/hooks';
import { personInput } from '@/utils/capture/draft';
import { getDatabase } from '@/utils/db/database';
import { findByAlias, findPerson } from '@/utils/db';
import type { Candidate } from '@/utils/extract/candidates';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging/protocol';
import type { Source } from '@/utils/model/source';
import { defaultCategory, type Category } from '@/utils/model/vocabulary';
import { ExternalLink } from './ExternalLink';
import { RemoteImage } from './RemoteImage';
import { categoryLabel, kindLabel } from './labels';
import { useLiveQuery } from './use-live-query';
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
 * channel or show. Shows whether it is already in the network, or may be someone who is.
 */
export function CandidateItem(props: Props) {
  const { candidate } = props;
  const db = getDatabase();
  const isPerson = candidate.kind === 'person';
  const known = useLiveQuery(async () => {
    const saved = isPerson
      ? await findPerson(db, { name: candidate.title, url: candidate.url })
      : candidate.url
        ? await findByAlias(db, candidate.url)
        : undefined;
    if (saved) return { saved, maybe: undefined };
    // Their other profiles (sameAs, rel=me) may belong to someone already saved.
    for (const address of candidate.sameAs) {
      const other = await findByAlias(db, address);
      if (other?.kind === candidate.kind) return { saved: undefined, maybe: other };
    }
    return { saved: undefined, maybe: undefined };
  }, [candidate.title, candidate.url, candidate.sameAs.join(' ')]);
  const saved: Source | undefined = known.value?.saved;
  const maybe: Source | undefined = known.value?.maybe;
  const [message, setMessage] = useState<Message | undefined>();
  const nameId = `candidate-${candidate.role}-${candidate.title.replace(/\W+/g, '-')}`;
  const chosen = props.category ?? saved?.category ?? props.defaultFor;

  const save = async (intoId?: string) => {
    try {
      const result = isPerson
        ? await sendMessage('savePerson', {
            person: {
              ...personInput(
                { name: candidate.title, url: candidate.url, image: candidate.image, sameAs: candidate.sameAs },
                props.category,
                props.topics,
                props.pageUrl,
                props.pageTitle,
                Date.now(),
              ),
              feeds: candidate.feeds,
              id: intoId ?? saved?.id,
            },
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
      setMessage({ text: t(result.created ? 'saved_new' : 'saved_updated', categoryLabel(result.source.category)) });
    } catch (error) {
      setMessage({ text: t('error_save', errorText(error)), error: true });
    }
  };

  const button = isPerson ? t('save_author') : t(`save_${candidate.role}` as MessageKey);
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
      {maybe && !saved && (
        <div class="notice">
          <p>{t('maybe_same', maybe.title)}</p>
          <button type="button" onClick={() => void save(maybe.id)}>
            {t('add_profile_to', maybe.title)}
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

/** The default category of a candidate: a show is a podcast, a channel is videos. */
export function candidateCategory(candidate: Candidate, pageKind: string): Category {
  if (candidate.role === 'channel' && pageKind === 'podcast_episode') return 'podcasts';
  return defaultCategory(candidate.kind);
}
