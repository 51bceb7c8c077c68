import { dayText, goalStatusLabel } from '../goals/labels';
import { t, uiLanguage } from '../i18n';
import type { Goal } from '../model/goal';
import type { Portfolio } from './build';

/** The words both writers share: dates in the browser's language, the period, a goal's status. */

export function portfolioDate(time: number): string {
  return new Date(time).toLocaleDateString(uiLanguage(), { year: 'numeric', month: 'long', day: 'numeric' });
}

export function portfolioPeriod(p: Pick<Portfolio, 'from' | 'to' | 'createdAt'>): string {
  const made = t('portfolio_made', portfolioDate(p.createdAt));
  if (p.from !== undefined && p.to !== undefined)
    return `${t('portfolio_period', dayText(p.from), dayText(p.to))} · ${made}`;
  if (p.from !== undefined) return `${t('portfolio_since', dayText(p.from))} · ${made}`;
  if (p.to !== undefined) return `${t('portfolio_until', dayText(p.to))} · ${made}`;
  return made;
}

export function goalStatusText(goal: Goal): string {
  return [
    goalStatusLabel(goal.status),
    goal.targetDate === undefined ? '' : t('goal_target_on', dayText(goal.targetDate)),
    goal.topics.join(', '),
  ]
    .filter(Boolean)
    .join(' · ');
}
