export { WorkingCalendarService } from './application/working-calendar.service';
export { CalendarModule } from './calendar.module';
export { addDays, isIsoDate, yearOf } from './domain/calendar-date';
export { endOfMoscowDay, moscowDate } from './domain/moscow-time';
export type { WorkingCalendar } from './domain/working-calendar';
