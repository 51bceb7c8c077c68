import { PLE_PART_MESSAGES, PLE_PARTS } from '@/utils/insights/ple-balance';
import { STALE_AFTER_DAYS } from '@/utils/insights/stale-follows';
import { formatNumber, plural, t } from '@/utils/i18n';
import type { ScreenInsights } from '@/utils/network/first-screen';
import { categoryLabel, formatDate } from '../labels';
import { GrowthChart } from './GrowthChart';
import { GapList } from '../GapList';
import { SourceLine } from './ShortSourceList';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A bar for a share of the network; the number beside it says the same in text. */
function Bar(props: { share: number }) {
  return (
    <span class="share-bar" aria-hidden="true">
      <span style={{ width: percent(props.share) }} />
    </span>
  );
}

/**
 * What the network says about itself: its balance, its gaps, what you follow but no longer
 * open, and how it grew. Every rule is a pure function in utils/insights; the page computes them
 * with its first screen (utils/network/first-screen.ts).
 */
export function InsightsSection(props: { insights: ScreenInsights }) {
  const { ple, categories, gaps, stale, staleCount, allFollowsOpened, growth, unjudged } = props.insights;

  return (
    <section class="insights" aria-labelledby="insights-heading">
      <h2 id="insights-heading">{t('insights_title')}</h2>
      <div class="insight-grid">
        <section class="insight" aria-labelledby="balance-heading">
          <h3 id="balance-heading">{t('balance_title')}</h3>
          <ul class="shares">
            {PLE_PARTS.map((part) => (
              <li key={part}>
                <span class="share-name">
                  {t(PLE_PART_MESSAGES[part].name)} <span class="muted">({t(PLE_PART_MESSAGES[part].help)})</span>
                </span>
                <Bar share={ple.total === 0 ? 0 : ple.counts[part] / ple.total} />
                <span>{t('ple_count', formatNumber(ple.counts[part]), formatNumber(ple.total))}</span>
              </li>
            ))}
          </ul>
          {ple.weakest && <p class="hint">{t(PLE_PART_MESSAGES[ple.weakest].weakest)}</p>}
          <h4>{t('category_balance_title')}</h4>
          <ul class="shares">
            {categories.shares
              .filter((s) => s.count > 0)
              .map((s) => (
                <li key={s.category}>
                  <span class="share-name">{categoryLabel(s.category)}</span>
                  <Bar share={s.share} />
                  <span>{percent(s.share)}</span>
                </li>
              ))}
          </ul>
          {categories.dominant && (
            <p class="hint">{t('category_dominant', categoryLabel(categories.dominant.category))}</p>
          )}
        </section>

        <section class="insight" aria-labelledby="gaps-insight-heading">
          <h3 id="gaps-insight-heading">{t('gaps_title')}</h3>
          <GapList gaps={gaps} empty={t('gaps_none')} />
        </section>

        <section class="insight" aria-labelledby="reliability-insight-heading">
          <h3 id="reliability-insight-heading">{t('field_reliability')}</h3>
          {unjudged.unjudged === 0 ? (
            <p class="muted">{t('unjudged_none')}</p>
          ) : (
            <>
              <p>
                <Bar share={unjudged.share} /> {plural('unjudged', unjudged.total, formatNumber(unjudged.unjudged))}
              </p>
              <p class="hint">{t('unjudged_help')}</p>
            </>
          )}
        </section>

        <section class="insight" aria-labelledby="stale-heading">
          <h3 id="stale-heading">{t('stale_title', String(STALE_AFTER_DAYS))}</h3>
          {stale.length === 0 ? (
            <p class="muted">
              {allFollowsOpened
                ? t('stale_none', String(STALE_AFTER_DAYS))
                : t('stale_not_yet', String(STALE_AFTER_DAYS))}
            </p>
          ) : (
            <>
              <p class="muted">{t('stale_help', String(STALE_AFTER_DAYS))}</p>
              <ul class="source-list">
                {stale.map(({ source, since, opened }) => (
                  <li key={source.id}>
                    <SourceLine
                      source={source}
                      detail={opened ? t('stale_opened', formatDate(since)) : t('stale_never', formatDate(since))}
                    />
                  </li>
                ))}
              </ul>
              {staleCount > stale.length && (
                <p class="muted">{t('stale_more', formatNumber(staleCount - stale.length))}</p>
              )}
            </>
          )}
        </section>

        <section class="insight wide" aria-labelledby="growth-heading">
          <h3 id="growth-heading">{t('growth_title')}</h3>
          <GrowthChart months={growth} />
        </section>
      </div>
    </section>
  );
}
