import { Module } from '@nestjs/common';
import { CalendarController } from './api/calendar.controller';
import { CalendarYearQuery } from './application/calendar-year.query';
import { ReplaceNonWorkingDaysUseCase } from './application/replace-non-working-days.use-case';
import { WorkingCalendarService } from './application/working-calendar.service';
import { NonWorkingDaysRepository } from './infrastructure/non-working-days.repository';

/** The working-day calendar (DOMAIN.md §2); tenders import it to compute deadlines. */
@Module({
  controllers: [CalendarController],
  providers: [
    NonWorkingDaysRepository,
    WorkingCalendarService,
    CalendarYearQuery,
    ReplaceNonWorkingDaysUseCase,
  ],
  exports: [WorkingCalendarService],
})
export class CalendarModule {}
