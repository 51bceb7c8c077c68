import type { Source } from '../model/source';
import { CATEGORIES, type Category } from '../model/vocabulary';
import type { InsightRule } from './rule';

export interface CategoryShare {
  category: Category;
  count: number;
  /** Between 0 and 1. */
  share: number;
}

export interface CategoryBalance {
  total: number;
  /** Every category, in the network page's order, empty ones included. */
  shares: CategoryShare[];
  /** A category holding more than half of a network of at least DOMINANT_MIN_TOTAL sources. */
  dominant: CategoryShare | undefined;
}

export const DOMINANT_MIN_TOTAL = 5;

/** How the sources spread over the PLN categories. */
export const categoryBalance: InsightRule<CategoryBalance> = (sources: readonly Source[]) => {
  const counts = new Map<Category, number>();
  for (const s of sources) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  const total = sources.length;
  const shares = CATEGORIES.map((category) => {
    const count = counts.get(category) ?? 0;
    return { category, count, share: total === 0 ? 0 : count / total };
  });
  const dominant = total >= DOMINANT_MIN_TOTAL ? shares.find((s) => s.share > 0.5) : undefined;
  return { total, shares, dominant };
};
