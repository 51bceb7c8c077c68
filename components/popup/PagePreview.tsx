import type { Extraction } from '@/utils/extract/extraction';
import { t } from '@/utils/i18n';
import { RemoteImage } from '../RemoteImage';
import { displayUrl, kindLabel } from '../labels';

/** What the page is, as the popup read it: its picture, kind, site, description and address. */
export function PagePreview({ extraction: e, url }: { extraction: Extraction | undefined; url: string }) {
  return (
    <section class="preview" aria-label={t('page_preview')}>
      <RemoteImage src={e?.image} />
      <div>
        <p class="meta">
          <span class="kind">{kindLabel(e?.kind ?? 'article')}</span>
          {e?.siteName && <span> · {e.siteName}</span>}
        </p>
        {e?.description && <p class="description">{e.description}</p>}
        <p class="muted url">{displayUrl(url)}</p>
      </div>
    </section>
  );
}
