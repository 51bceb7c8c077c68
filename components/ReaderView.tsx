import { useEffect } from 'preact/hooks';
import { getClip, getSource } from '@/utils/db';
import { plural, t } from '@/utils/i18n';
import type { ClipBlock } from '@/utils/model/clip';
import { ExternalLink } from './ExternalLink';
import { formatDate } from './labels';
import { useDatabase } from './database';
import { useLiveQuery } from './use-live-query';
import { errorText } from '@/utils/errors';

/** Reads a source's kept text offline: the article as plain text blocks, nothing from the page runs. */
export function ReaderView({ id }: { id: string }) {
  const db = useDatabase();
  const data = useLiveQuery(async () => ({ source: await getSource(db, id), clip: await getClip(db, id) }), [id]);
  const source = data.value?.source;
  const title = source?.title;
  useEffect(() => {
    if (title !== undefined) document.title = title;
  }, [title]);

  if (data.error !== undefined) {
    return (
      <main class="reader">
        <p role="alert">{t('error_load', errorText(data.error))}</p>
      </main>
    );
  }
  if (!data.value) return <main class="reader" aria-busy="true" />;
  if (!source)
    return (
      <main class="reader">
        <p role="alert">{t('reader_not_found')}</p>
      </main>
    );
  const { clip } = data.value;
  return (
    <main class="reader">
      <header>
        <h1>{source.title}</h1>
        {clip?.byline && <p class="byline">{clip.byline}</p>}
        <p class="muted">
          {source.siteName && `${source.siteName} · `}
          {clip && plural('reader_meta', clip.words, formatDate(clip.clippedAt))}
        </p>
        <p>
          <ExternalLink href={source.url}>{t('reader_original')}</ExternalLink>
        </p>
      </header>
      {clip ? (
        <article>
          {groupListItems(clip.blocks).map((part, i) =>
            Array.isArray(part) ? (
              <ul key={i}>
                {part.map((item, j) => (
                  <li key={j}>{item.text}</li>
                ))}
              </ul>
            ) : (
              <Block key={i} block={part} />
            ),
          )}
          {clip.truncated && <p class="muted">{t('reader_truncated')}</p>}
        </article>
      ) : (
        <p>{t('reader_no_clip')}</p>
      )}
    </main>
  );
}

function Block({ block }: { block: ClipBlock }) {
  switch (block.type) {
    case 'h':
      return <h2>{block.text}</h2>;
    case 'quote':
      return <blockquote>{block.text}</blockquote>;
    case 'pre':
      return <pre>{block.text}</pre>;
    default:
      return <p>{block.text}</p>;
  }
}

/** Consecutive list items become one list, so that the reader keeps the article's lists. */
export function groupListItems(blocks: readonly ClipBlock[]): (ClipBlock | ClipBlock[])[] {
  const parts: (ClipBlock | ClipBlock[])[] = [];
  for (const block of blocks) {
    const last = parts.at(-1);
    if (block.type === 'li' && Array.isArray(last)) last.push(block);
    else parts.push(block.type === 'li' ? [block] : block);
  }
  return parts;
}
