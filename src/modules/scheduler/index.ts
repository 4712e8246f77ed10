export { Chronograph } from './application/chronograph';
export { SchedulerModule } from './scheduler.module';
