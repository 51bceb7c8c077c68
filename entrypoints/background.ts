import { defineBackground } from '#imports';
import { getDatabase } from '@/utils/db/database';
import { registerMessageHandlers } from '@/utils/messaging/register';

export default defineBackground(() => {
  registerMessageHandlers(getDatabase());
});
