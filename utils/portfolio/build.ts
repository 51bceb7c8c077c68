import type { Goal } from '../model/goal';
import type { JournalEntry } from '../model/journal';
import { goalsOf, type Source } from '../model/source';
import { CATEGORIES, type Category } from '../model/vocabulary';
import { monthKey, monthStart } from '../insights/growth';

/**
 * A learning portfolio, as data: the chosen goals with the journal entries and the evidence (the
 * sources linked to them) of a period, the network of people, communities and organizations
 * behind them by category, and growth month by month. The writers (html.ts, markdown.ts) only
 * lay this out.
 */

/** Kinds that make the network (who and where one learns with), rather than the evidence. */
const NETWORK_KINDS: ReadonlySet<Source['kind']> = new Set(['person', 'organization', 'community']);

export interface PortfolioChoice {
  goalIds: readonly string[];
  /** The period, inclusive, as epoch ms; either end may be open. */
  from?: number | undefined;
  to?: number | undefined;
}

export interface PortfolioGoal {
  goal: Goal;
  /** What was written for it in the period, oldest first. */
  journal: JournalEntry[];
  /** What was saved for it in the period (not people or groups), those with notes or quotes first. */
  evidence: Source[];
}

export interface PortfolioMonth {
  /** `YYYY-MM`, local time. */
  month: string;
  /** Local midnight on the month's first day: for writing the month in the reader's language. */
  start: number;
  sources: number;
  entries: number;
}

export interface Portfolio {
  from?: number | undefined;
  to?: number | undefined;
  createdAt: number;
  goals: PortfolioGoal[];
  network: { category: Category; sources: Source[] }[];
  growth: PortfolioMonth[];
  /** Every source's title by id, for the names a journal entry links. */
  titles: ReadonlyMap<string, string>;
}

const inPeriod = (time: number, { from, to }: PortfolioChoice) =>
  (from === undefined || time >= from) && (to === undefined || time <= to);
const monthOf = (time: number) => {
  const d = new Date(time);
  return { month: monthKey(d.getFullYear(), d.getMonth()), start: monthStart(d.getFullYear(), d.getMonth()) };
};
const oldestFirst = <T extends { createdAt: number }>(a: T, b: T) => a.createdAt - b.createdAt;
const hasWords = (s: Source) => (s.note || s.quote ? 0 : 1);

export function buildPortfolio(
  all: { goals: readonly Goal[]; sources: readonly Source[]; journal: readonly JournalEntry[] },
  choice: PortfolioChoice,
  now: number,
): Portfolio {
  const chosen = new Set(choice.goalIds);
  const goals = all.goals.filter((g) => chosen.has(g.id));
  const linked = all.sources.filter((s) => goalsOf(s).some((g) => chosen.has(g)));
  const saved = linked.filter((s) => inPeriod(s.createdAt, choice));
  // Only what was written for a chosen goal: an entry for no goal, or another, stays private.
  const forGoals = all.journal
    .filter((e) => inPeriod(e.createdAt, choice) && e.goalIds.some((g) => chosen.has(g)))
    .sort(oldestFirst);

  const months = new Map<string, PortfolioMonth>();
  const count = (time: number, field: 'sources' | 'entries') => {
    const { month, start } = monthOf(time);
    const entry = months.get(month) ?? { month, start, sources: 0, entries: 0 };
    entry[field] += 1;
    months.set(month, entry);
  };
  for (const s of saved) count(s.createdAt, 'sources');
  for (const e of forGoals) count(e.createdAt, 'entries');

  const people = linked.filter((s) => NETWORK_KINDS.has(s.kind));
  return {
    from: choice.from,
    to: choice.to,
    createdAt: now,
    goals: goals.map((goal) => ({
      goal,
      journal: forGoals.filter((e) => e.goalIds.includes(goal.id)),
      evidence: saved
        .filter((s) => goalsOf(s).includes(goal.id) && !NETWORK_KINDS.has(s.kind))
        .sort((a, b) => hasWords(a) - hasWords(b) || oldestFirst(a, b)),
    })),
    network: CATEGORIES.flatMap((category) => {
      const list = people.filter((s) => s.category === category).sort((a, b) => a.title.localeCompare(b.title));
      return list.length ? [{ category, sources: list }] : [];
    }),
    growth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    titles: new Map(all.sources.map((s) => [s.id, s.title])),
  };
}
