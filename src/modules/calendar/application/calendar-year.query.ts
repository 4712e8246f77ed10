import { Injectable } from '@nestjs/common';
import { NonWorkingDaysRepository } from '../infrastructure/non-working-days.repository';
import { CalendarYearView, toCalendarYearView } from './calendar-year-view';

/** Reads the table itself, not the cache: the admin checks exactly what is stored. */
@Injectable()
export class CalendarYearQuery {
  constructor(private readonly days: NonWorkingDaysRepository) {}

  async execute(year: number): Promise<CalendarYearView> {
    return toCalendarYearView(year, await this.days.ofYear(year));
  }
}
