import { formatMonth, formatNumber, t, uiLanguage } from '../i18n';
import { categoryLabel, kindLabel } from '../labels';
import type { JournalEntry } from '../model/journal';
import type { Source } from '../model/source';
import { isHttpUrl } from '../url/http';
import type { Portfolio } from './build';
import { goalStatusText, portfolioDate, portfolioPeriod } from './text';
import { escapeMarkup } from '../io/text';

/**
 * The portfolio as one self-contained HTML file: printable CSS inline, no script, nothing loaded
 * from anywhere (a Content-Security-Policy says so too), every text escaped, and links only to
 * http(s) addresses.
 */

const STYLE = `
body { font: 11pt/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.2; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; border-bottom: 1px solid #999; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.3rem; }
.muted { color: #555; }
.entry { white-space: pre-wrap; margin: 0.3rem 0 0.8rem; }
blockquote { margin: 0.3rem 0 0.3rem 1rem; padding-left: 0.6rem; border-left: 3px solid #bbb; font-style: italic; white-space: pre-wrap; }
.note { white-space: pre-wrap; margin: 0.2rem 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid #bbb; padding: 0.2rem 0.6rem; text-align: left; }
td.n { text-align: right; }
a { color: #1a4d8f; }
section.goal { break-inside: avoid-page; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } h2 { break-after: avoid; } }
`;

const e = escapeMarkup;

function link(source: Source): string {
  const title = e(source.title);
  return source.url && isHttpUrl(source.url) ? `<a href="${e(source.url)}">${title}</a>` : title;
}

function entryHtml(entry: JournalEntry, titles: ReadonlyMap<string, string>): string {
  const names = entry.sourceIds.flatMap((id) => titles.get(id) ?? []);
  return [
    `<h4 class="muted">${e(portfolioDate(entry.createdAt))}</h4>`,
    `<div class="entry">${e(entry.text)}</div>`,
    names.length ? `<p class="muted">${e(t('journal_names', names.join(', ')))}</p>` : '',
  ].join('\n');
}

function evidenceHtml(source: Source): string {
  return [
    `<li>${link(source)} <span class="muted">· ${e(kindLabel(source.kind))}${source.siteName ? ` · ${e(source.siteName)}` : ''}</span>`,
    source.quote ? `<blockquote>${e(source.quote)}</blockquote>` : '',
    source.note ? `<p class="note">${e(source.note)}</p>` : '',
    '</li>',
  ].join('');
}

export function portfolioHtml(portfolio: Portfolio): string {
  const title = t('portfolio_title');
  const goals = portfolio.goals.map(({ goal, journal, evidence }) =>
    [
      `<section class="goal">`,
      `<h2>${e(goal.title)}</h2>`,
      `<p class="muted">${e(goalStatusText(goal))}</p>`,
      goal.why ? `<p><strong>${e(t('goal_field_why'))}:</strong> ${e(goal.why)}</p>` : '',
      `<h3>${e(t('portfolio_learned'))}</h3>`,
      journal.length
        ? journal.map((entry) => entryHtml(entry, portfolio.titles)).join('\n')
        : `<p class="muted">${e(t('portfolio_nothing'))}</p>`,
      `<h3>${e(t('portfolio_evidence'))}</h3>`,
      evidence.length
        ? `<ul>${evidence.map(evidenceHtml).join('\n')}</ul>`
        : `<p class="muted">${e(t('portfolio_nothing'))}</p>`,
      `</section>`,
    ].join('\n'),
  );
  const network = portfolio.network.length
    ? portfolio.network
        .map(
          ({ category, sources }) =>
            `<h3>${e(categoryLabel(category))}</h3>\n<ul>${sources
              .map((s) => `<li>${link(s)} <span class="muted">· ${e(kindLabel(s.kind))}</span></li>`)
              .join('\n')}</ul>`,
        )
        .join('\n')
    : `<p class="muted">${e(t('portfolio_nothing'))}</p>`;
  const growth = portfolio.growth.length
    ? `<table><thead><tr><th>${e(t('portfolio_month'))}</th><th>${e(t('portfolio_month_sources'))}</th><th>${e(t('portfolio_month_entries'))}</th></tr></thead><tbody>${portfolio.growth
        .map(
          (m) =>
            `<tr><td>${e(formatMonth(m.start))}</td><td class="n">${e(formatNumber(m.sources))}</td><td class="n">${e(formatNumber(m.entries))}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : `<p class="muted">${e(t('portfolio_nothing'))}</p>`;

  return `<!doctype html>
<html lang="${e(uiLanguage())}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${e(title)}</h1>
<p class="muted">${e(portfolioPeriod(portfolio))}</p>
</header>
<main>
${goals.join('\n')}
<section>
<h2>${e(t('portfolio_network'))}</h2>
${network}
</section>
<section>
<h2>${e(t('portfolio_growth'))}</h2>
${growth}
</section>
</main>
</body>
</html>
`;
}
