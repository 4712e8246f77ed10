import { DataSource } from 'typeorm';
import { Clock } from './clock';

/** System time plus the forward-only offset kept in `sandbox_clock` (SANDBOX=true only). */
export class SandboxClock extends Clock {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async now(): Promise<Date> {
    const rows: { offset_ms: string }[] = await this.dataSource.query(
      'SELECT offset_ms FROM sandbox_clock WHERE id = 1',
    );
    return new Date(Date.now() + Number(rows[0]?.offset_ms ?? 0));
  }
}
