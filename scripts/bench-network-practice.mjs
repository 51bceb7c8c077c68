// The learning practice beside the sources, for the network page benchmark (bench-network.mjs):
// learning goals and journal entries, as records for their IndexedDB stores.
//
// This build has no goals or journal yet (issue 13, part A adds them and their Dexie version):
// `practiceRecords` returns no records, and the benchmark says it measured the page without them.
// Part A fills it in: the records as its stores keep them (the shape its zod schemas accept), so
// that the page reads them as it would a person's. Each store named here is cleared, then written.

/**
 * @param {{ goals: number, journal: number, sourceIds: string[], personIds: string[], now: number,
 *   random: () => number }} plan how many goals and journal entries, what they can link to, the time,
 *   and a seeded random number generator (the same figures on every run).
 * @returns {Record<string, object[]>} records by store name
 */
export function practiceRecords(plan) {
  void plan;
  return {};
}
