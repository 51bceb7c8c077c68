import type { MessageRef } from '../i18n';
import type { Source } from '../model/source';

/**
 * One insight about the network: a pure function of the sources and the current time, so that
 * a test can give it any network at any date.
 */
export type InsightRule<T> = (sources: readonly Source[], now: number) => T;

/** A gap in the network, in words: what is missing, and why it matters or what to do. */
export interface Gap {
  title: MessageRef;
  help: MessageRef;
}

/**
 * A rule that finds gaps: the network page lists every gap of every rule of GAP_RULES
 * (index.ts) the same way, so a new gap is a rule file, its test, and a line in that list.
 */
export interface GapRule {
  id: string;
  gaps: InsightRule<Gap[]>;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
