import { t, uiLanguage, type MessageKey } from '../i18n';
import type { GoalStatus } from '../model/goal';

const STATUS_MESSAGES: Record<GoalStatus, MessageKey> = {
  active: 'goal_status_active',
  reached: 'goal_status_reached',
  dropped: 'goal_status_dropped',
};

export const goalStatusLabel = (status: GoalStatus) => t(STATUS_MESSAGES[status]);

/** A day stored as its midnight UTC (a target date), shown as that day wherever one is. */
export function dayText(time: number): string {
  return new Date(time).toLocaleDateString(uiLanguage(), {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}
