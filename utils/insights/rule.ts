import type { Source } from '../model/source';

/**
 * One insight about the network: a pure function of the sources and the current time, so that
 * a test can give it any network at any date.
 */
export type InsightRule<T> = (sources: readonly Source[], now: number) => T;

export const DAY_MS = 24 * 60 * 60 * 1000;
