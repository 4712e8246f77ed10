import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * What a module above tenders does, in the tender's own transaction, when the tender
 * changes under it: bids are invalidated by a condition change, a contract awaiting
 * signatures dies with a cancelled tender. The owners register here (a port), so tenders
 * never imports the modules built on it.
 */
export interface TenderLifecycleListener {
  conditionsChanged?(m: EntityManager, tenderId: string, at: Date): Promise<void>;
  cancelled?(m: EntityManager, tenderId: string, at: Date): Promise<void>;
}

@Injectable()
export class TenderLifecycleHooks {
  private readonly listeners: TenderLifecycleListener[] = [];

  register(listener: TenderLifecycleListener): void {
    this.listeners.push(listener);
  }

  async conditionsChanged(m: EntityManager, tenderId: string, at: Date): Promise<void> {
    for (const listener of this.listeners) await listener.conditionsChanged?.(m, tenderId, at);
  }

  async cancelled(m: EntityManager, tenderId: string, at: Date): Promise<void> {
    for (const listener of this.listeners) await listener.cancelled?.(m, tenderId, at);
  }
}
