import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API.md: a milestone report may carry `localizationPct` (for `localization_confirmed`);
 * accepted, it is held against the bid's offer (CONTRACT.md §4, LOCALIZATION_BELOW_OFFER).
 */
export class AddReportLocalization1795695300000 implements MigrationInterface {
  name = 'AddReportLocalization1795695300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE milestone_reports ADD COLUMN localization_pct integer CHECK (localization_pct BETWEEN 0 AND 100)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE milestone_reports DROP COLUMN localization_pct');
  }
}
