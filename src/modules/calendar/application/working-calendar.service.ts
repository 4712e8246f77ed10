import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '../domain/working-calendar';
import { NonWorkingDaysRepository } from '../infrastructure/non-working-days.repository';

// PUT invalidates only its own process's copy; the worker and other API replicas pick an
// edit up when their copy expires, so deadlines never run on a stale calendar for longer.
const TTL_MS = 60_000;

/**
 * The calendar other modules compute deadlines with. Cached because every publish, amend
 * and deadline check asks for it, while the table changes a few times a year.
 */
@Injectable()
export class WorkingCalendarService {
  private cached: { calendar: Promise<WorkingCalendar>; loadedAt: number } | null = null;

  constructor(private readonly days: NonWorkingDaysRepository) {}

  calendar(): Promise<WorkingCalendar> {
    const now = Date.now();
    if (!this.cached || now - this.cached.loadedAt > TTL_MS) {
      const entry = { calendar: this.load(), loadedAt: now };
      // A failed load is not cached: the next caller tries the database again.
      entry.calendar.catch(() => {
        if (this.cached === entry) this.cached = null;
      });
      this.cached = entry;
    }
    return this.cached.calendar;
  }

  /** After a committed change, so the next caller reads it. */
  invalidate(): void {
    this.cached = null;
  }

  private async load(): Promise<WorkingCalendar> {
    return new WorkingCalendar(await this.days.all());
  }
}
