import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WorkingCalendarService } from '../../calendar';
import { currentProtocol } from '../../evaluation';
import { nextTenderTransition } from '../../tenders';
import type { TenderEntity } from '../../tenders';
import { loadTenderClockStates } from './tender-clock-state';

export interface ScheduleView {
  status: string;
  nextCheckAt: string | null;
  next: { event: string; at: string } | null;
  blockedBy: { code: string; message: string }[];
}

/** What happens next to a tender and what blocks it (DOMAIN.md §4, API.md schedule). */
@Injectable()
export class ScheduleQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: WorkingCalendarService,
  ) {}

  async forTender(tender: TenderEntity): Promise<ScheduleView> {
    const calendar = await this.calendars.calendar();
    return this.dataSource.transaction(async (m) => {
      const state = (await loadTenderClockStates(m, [tender.id], calendar)).get(tender.id);
      const next = state && nextTenderTransition(state);
      const blockedBy: ScheduleView['blockedBy'] = [];
      if (state?.status === 'standstill' && state.complaintPending) {
        blockedBy.push({
          code: 'COMPLAINT_PENDING',
          message: 'A complaint awaits the review body; contracting waits',
        });
      }
      if (
        tender.status === 'evaluation' &&
        !(await currentProtocol(m, tender.id)).document.summary.expertScoresComplete
      ) {
        blockedBy.push({
          code: 'EXPERT_SCORES_MISSING',
          message: 'Not every commission member has scored every admitted bid',
        });
      }
      return {
        status: tender.status,
        nextCheckAt: tender.nextCheckAt ? tender.nextCheckAt.toISOString() : null,
        next: next ? { event: next.event, at: next.at.toISOString() } : null,
        blockedBy,
      };
    });
  }
}
