export { claimReminder, notify } from './application/notify';
export { remindersSentFor } from './infrastructure/reminder-reads';
