// The learning practice beside the sources, for the network page benchmark (bench-network.mjs):
// learning goals and journal entries, as records for their IndexedDB stores.
//
// The records are as the `goals` and `journal` stores keep them (the shape utils/model/goal.ts and
// journal.ts accept), so that the page reads them as it would a person's. Each store named here is
// cleared, then written. Sources are not linked to the goals here (their store is the benchmark's
// own): each entry names a goal and up to three sources and people.

/**
 * @param {{ goals: number, journal: number, sourceIds: string[], personIds: string[], now: number,
 *   random: () => number }} plan how many goals and journal entries, what they can link to, the time,
 *   and a seeded random number generator (the same figures on every run).
 * @returns {Record<string, object[]>} records by store name
 */
export function practiceRecords(plan) {
  const { now, random } = plan;
  const day = 86_400_000;
  const statuses = ['active', 'active', 'active', 'reached', 'dropped'];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const goals = Array.from({ length: plan.goals }, (_, i) => ({
    id: `bench-goal-${i}`,
    title: `Goal ${i + 1}: learn topic ${i + 1}`,
    why: i % 2 === 0 ? `Because topic ${i + 1} matters for my work.` : undefined,
    ...(i % 3 === 0 && { targetDate: now + (30 + i) * day }),
    topics: [`topic ${i % 7}`],
    status: statuses[i % statuses.length],
    createdAt: now - (200 - i) * day,
    updatedAt: now - (100 - i) * day,
  }));
  const linkable = [...plan.sourceIds, ...plan.personIds];
  const journal = Array.from({ length: plan.journal }, (_, i) => ({
    id: `bench-entry-${i}`,
    text: `What I learned on day ${i + 1}: something from a source, and who else could help.`,
    createdAt: now - Math.floor(random() * 365) * day,
    goalIds: goals.length > 0 ? [pick(goals).id] : [],
    sourceIds: linkable.length > 0 ? Array.from({ length: 1 + (i % 3) }, () => pick(linkable)) : [],
  }));
  return { goals, journal };
}
