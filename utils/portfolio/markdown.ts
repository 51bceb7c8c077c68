import { formatMonth, formatNumber, t } from '../i18n';
import { categoryLabel, kindLabel } from '../labels';
import type { Source } from '../model/source';
import { isHttpUrl } from '../url/http';
import type { Portfolio } from './build';
import { goalStatusText, portfolioDate, portfolioPeriod } from './text';

/**
 * The portfolio as Markdown (CommonMark): the same parts as the HTML file. Every text is escaped,
 * so a title or a note cannot make a heading, a link, an image or raw HTML of its own.
 */

/**
 * Text as Markdown text, lines kept: inline markup characters and raw HTML are escaped anywhere,
 * and what would start a list, a rule or a setext heading at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]()<>#|~&!]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A single line of text: line breaks become spaces. */
const inline = (text: string) => escapeMarkdown(text.replace(/\s*\n\s*/g, ' '));

/** Text as a block quote, line by line. */
const quoted = (text: string, indent = '') =>
  escapeMarkdown(text)
    .split('\n')
    .map((line) => `${indent}> ${line}`.trimEnd())
    .join('\n');

/** An address inside a link's parentheses: nothing in it can end the link early. */
const destination = (url: string) => url.replace(/[()<>\s\\]/g, (c) => encodeURIComponent(c));

function link(source: Source): string {
  const title = inline(source.title);
  return source.url && isHttpUrl(source.url) ? `[${title}](${destination(source.url)})` : title;
}

export function portfolioMarkdown(portfolio: Portfolio): string {
  const out: string[] = [`# ${inline(t('portfolio_title'))}`, '', inline(portfolioPeriod(portfolio)), ''];
  for (const { goal, journal, evidence } of portfolio.goals) {
    out.push(`## ${inline(goal.title)}`, '', `*${inline(goalStatusText(goal))}*`, '');
    if (goal.why) out.push(`**${inline(t('goal_field_why'))}:** ${inline(goal.why)}`, '');
    out.push(`### ${inline(t('portfolio_learned'))}`, '');
    if (journal.length === 0) out.push(inline(t('portfolio_nothing')), '');
    for (const entry of journal) {
      const names = entry.sourceIds.flatMap((id) => portfolio.titles.get(id) ?? []);
      out.push(`#### ${inline(portfolioDate(entry.createdAt))}`, '', quoted(entry.text), '');
      if (names.length) out.push(inline(t('journal_names', names.join(', '))), '');
    }
    out.push(`### ${inline(t('portfolio_evidence'))}`, '');
    if (evidence.length === 0) out.push(inline(t('portfolio_nothing')), '');
    for (const source of evidence) {
      out.push(`- ${link(source)} · ${inline(kindLabel(source.kind))}`);
      if (source.quote) out.push('', quoted(source.quote, '  '));
      if (source.note) out.push('', `  ${inline(source.note)}`);
    }
    if (evidence.length) out.push('');
  }
  out.push(`## ${inline(t('portfolio_network'))}`, '');
  if (portfolio.network.length === 0) out.push(inline(t('portfolio_nothing')), '');
  for (const { category, sources } of portfolio.network) {
    out.push(`### ${inline(categoryLabel(category))}`, '');
    for (const s of sources) out.push(`- ${link(s)} · ${inline(kindLabel(s.kind))}`);
    out.push('');
  }
  out.push(`## ${inline(t('portfolio_growth'))}`, '');
  if (portfolio.growth.length === 0) out.push(inline(t('portfolio_nothing')), '');
  else {
    out.push(
      `| ${inline(t('portfolio_month'))} | ${inline(t('portfolio_month_sources'))} | ${inline(t('portfolio_month_entries'))} |`,
      '| --- | ---: | ---: |',
      ...portfolio.growth.map(
        (m) => `| ${inline(formatMonth(m.start))} | ${formatNumber(m.sources)} | ${formatNumber(m.entries)} |`,
      ),
      '',
    );
  }
  return out.join('\n');
}
