import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/role';
import { Clock } from '../../../common/clock/clock';
import { validationFailed } from '../../../common/errors/field-refusal';
import { appendAuditEvent } from '../../audit';
import { nonWorkingDaysProblems } from '../domain/non-working-days-problems';
import { NonWorkingDaysRepository } from '../infrastructure/non-working-days.repository';
import { CalendarYearView, toCalendarYearView } from './calendar-year-view';
import { WorkingCalendarService } from './working-calendar.service';

/**
 * The admin enters a year's days off (the government's decree for it). An empty list
 * deletes the year's rows, so the year falls back to weekends plus the fixed holidays.
 */
@Injectable()
export class ReplaceNonWorkingDaysUseCase {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly days: NonWorkingDaysRepository,
    private readonly calendars: WorkingCalendarService,
  ) {}

  async execute(actor: Actor, year: number, nonWorkingDays: string[]): Promise<CalendarYearView> {
    const problems = nonWorkingDaysProblems(year, nonWorkingDays);
    if (problems.length > 0) {
      throw validationFailed(
        `Invalid non-working days for ${year}: ${problems.map((p) => p.field).join(', ')}`,
        problems,
      );
    }
    const next = [...nonWorkingDays].sort();
    const at = await this.clock.now();
    await this.dataSource.transaction(async (m) => {
      await this.days.lockYear(m, year);
      const before = await this.days.ofYear(year, m);
      await this.days.replaceYear(m, year, next);
      const kept = new Set(before);
      const wanted = new Set(next);
      await appendAuditEvent(m, {
        at,
        actor,
        action: 'calendar.replaced',
        entityType: 'calendar',
        entityId: String(year),
        data: {
          year,
          count: next.length,
          added: next.filter((day) => !kept.has(day)),
          removed: before.filter((day) => !wanted.has(day)),
        },
      });
    });
    this.calendars.invalidate();
    return toCalendarYearView(year, next);
  }
}
