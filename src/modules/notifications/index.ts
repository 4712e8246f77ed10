export { claimReminder, notify } from './application/notify';
