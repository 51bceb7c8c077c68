import { MAX, absUrl, clean, isoDate, isoDuration, langTag, meta, readMetas, type Metas } from './util';

/** What Open Graph (and its Twitter-card fallbacks) says about a page, cleaned and bounded. */
export interface OpenGraph {
  title?: string;
  description?: string;
  siteName?: string;
  /** og:image:secure_url, else og:image. */
  image?: string;
  url?: string;
  /** og:type, lower-cased ("article", "video.other", "profile"...). */
  type?: string;
  /** article:published_time, else video:release_date or music:release_date. */
  publishedAt?: string;
  /** article:modified_time, else og:updated_time. */
  modifiedAt?: string;
  /** video:duration or music:duration (seconds) as an ISO 8601 duration. */
  duration?: string;
  /** The page announces a video (og:video). */
  video?: boolean;
  /**
   * The page is a sound: og:audio, an og:type music.* or audio, or a Twitter player streaming
   * audio (twitter:player:stream:content_type audio/*, or an audio file as the stream).
   */
  audio?: boolean;
  /** article:tag, video:tag and book:tag values. */
  tags: string[];
  lang?: string;
  /** Every article:author value, raw: each is a name or a profile URL. */
  authors: string[];
  /** music:musician and music:creator values, raw (profile URLs, or names). */
  musicians: string[];
  /** og:type profile: the person's name (profile:first_name + last_name) and profile:username. */
  profileName?: string;
  username?: string;
  twitterTitle?: string;
  twitterDescription?: string;
  twitterImage?: string;
  /** twitter:creator as a handle without "@", unless it is also twitter:site (the site's own account). */
  twitterCreator?: string;
}

const handle = (value: string | undefined) => /^@?(\w{1,30})$/.exec(value?.trim() ?? '')?.[1];

export function readOpenGraph(doc: Document, base?: string, metas: Metas = readMetas(doc)): OpenGraph {
  const get = (...keys: string[]) => meta(metas, ...keys);
  const all = (...keys: string[]) => keys.flatMap((key) => metas.get(key) ?? []).slice(0, 50);
  const creator = handle(get('twitter:creator'));
  const date = (...keys: string[]) => {
    for (const key of keys) {
      const d = isoDate(get(key));
      if (d) return d;
    }
    return undefined;
  };
  const profileName = clean(`${get('profile:first_name') ?? ''} ${get('profile:last_name') ?? ''}`, MAX.name);
  return {
    title: clean(get('og:title'), MAX.title),
    description: clean(get('og:description'), MAX.description),
    siteName: clean(get('og:site_name'), MAX.siteName),
    image: absUrl(get('og:image:secure_url'), base) ?? absUrl(get('og:image', 'og:image:url'), base),
    url: absUrl(get('og:url'), base),
    type: clean(get('og:type'), 64)?.toLowerCase(),
    publishedAt: date('article:published_time', 'video:release_date', 'music:release_date'),
    modifiedAt: date('article:modified_time', 'og:updated_time'),
    duration: isoDuration(get('video:duration', 'music:duration')),
    video: !!get('og:video', 'og:video:url', 'og:video:secure_url'),
    audio:
      [...metas.keys()].some((k) => k.startsWith('og:audio')) ||
      /^music\.|audio/i.test(get('og:type') ?? '') ||
      /^audio\/|\.(?:mp3|m4a|aac|ogg|oga|opus)(?:[?#]|$)/i.test(
        get('twitter:player:stream:content_type') ?? get('twitter:player:stream') ?? '',
      ),
    tags: all('article:tag', 'video:tag', 'book:tag'),
    lang: langTag(get('og:locale')),
    authors: all('article:author', 'book:author'),
    musicians: all('music:musician', 'music:creator'),
    profileName,
    username: clean(get('profile:username'), MAX.name),
    twitterTitle: clean(get('twitter:title'), MAX.title),
    twitterDescription: clean(get('twitter:description'), MAX.description),
    twitterImage: absUrl(get('twitter:image', 'twitter:image:src'), base),
    twitterCreator:
      creator && creator.toLowerCase() !== handle(get('twitter:site'))?.toLowerCase() ? creator : undefined,
  };
}
