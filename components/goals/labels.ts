import { t, type MessageKey } from '@/utils/i18n';
import type { GoalStatus } from '@/utils/model/goal';

const STATUS_MESSAGES: Record<GoalStatus, MessageKey> = {
  active: 'goal_status_active',
  reached: 'goal_status_reached',
  dropped: 'goal_status_dropped',
};

export const goalStatusLabel = (status: GoalStatus) => t(STATUS_MESSAGES[status]);
