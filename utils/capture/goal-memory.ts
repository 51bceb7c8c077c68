import { topicKey } from '../text';

/**
 * The popup's Goal choice, remembered per topic: saving with a goal remembers it for each of the
 * page's topics, and a page with one of those topics is offered that goal again.
 */
export type GoalByTopic = Readonly<Record<string, string>>;

/** The goal remembered for the first of these topics that has one still offered, if any. */
export function rememberedGoal(
  topics: readonly string[],
  memory: GoalByTopic,
  offered: ReadonlySet<string>,
): string | undefined {
  for (const topic of topics) {
    const goal = memory[topicKey(topic)];
    if (goal !== undefined && offered.has(goal)) return goal;
  }
  return undefined;
}

/**
 * The memory after saving with `goalId` (or with no goal: those topics forget theirs); `memory`
 * itself when that changes nothing, so that the settings are not written for nothing.
 */
export function rememberGoal(memory: GoalByTopic, topics: readonly string[], goalId: string | undefined): GoalByTopic {
  const next: Record<string, string> = { ...memory };
  let changed = false;
  for (const topic of topics) {
    const key = topicKey(topic);
    if (!key || next[key] === goalId) continue;
    if (goalId === undefined) delete next[key];
    else next[key] = goalId;
    changed = true;
  }
  return changed ? next : memory;
}
