import { t, type MessageKey } from '@/utils/i18n';

/** One line per platform: where its export lives, as menu paths in words. */
const PLATFORMS: readonly MessageKey[] = [
  'bring_mastodon',
  'bring_youtube',
  'bring_linkedin',
  'bring_podcasts',
  'bring_feeds',
  'bring_goodreads',
  'bring_papers',
  'bring_readwise',
  'bring_karakeep',
  'bring_linkwarden',
  'bring_omnivore',
  'bring_onetab',
  'bring_pocket',
  'bring_bookmarks',
];

/**
 * "Bring your network": where each platform keeps the export of what a person follows. Open on
 * an empty network, folded away (but there) once the network has sources.
 */
export function BringYourNetwork({ open }: { open: boolean }) {
  return (
    <details class="bring" open={open}>
      <summary>
        <h3 id="bring-heading">{t('bring_title')}</h3>
      </summary>
      <p>{t('bring_intro')}</p>
      <ul aria-label={t('bring_platforms')}>
        {PLATFORMS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}
