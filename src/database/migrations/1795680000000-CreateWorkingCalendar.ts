import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Days off beyond Saturdays and Sundays for the years seeded here (DOMAIN.md §2: the current
 * and next year when this was written, 2026-11). Kept as literal data, not imported from
 * the calendar module, so this migration never changes once it has run.
 *
 * 2026: Labour Code art. 112 holidays; its carry-over of a holiday that falls on a weekend
 * to the next working day (8 Mar → 9 Mar, 9 May → 11 May); and Government Decree No. 1466
 * of 24.09.2025 "On moving days off in 2026": Sat 3 Jan → Fri 9 Jan, Sun 4 Jan → Thu 31 Dec.
 * No working Saturdays in 2026.
 *
 * 2027: the decree for 2027 was not known when this was written, so only what the Code
 * fixes is seeded: the holidays and the art. 112 carry-overs (1 May → 3 May, 9 May → 10 May,
 * 12 Jun → 14 Jun). The New Year days off on Sat 2 and Sun 3 Jan are moved by the decree
 * alone, and any swap it makes (a working Saturday is a day absent from this table) is for
 * the admin to enter with PUT /admin/calendar/2027 once it is published.
 */
const HOLIDAYS: [day: string, note: string][] = [
  ...newYearHolidays(2026),
  ['2026-01-09', 'day off moved from Sat 3 Jan (Decree 1466 of 24.09.2025)'],
  ['2026-02-23', 'Defender of the Fatherland Day'],
  ['2026-03-08', "International Women's Day"],
  ['2026-03-09', 'day off carried over from Sun 8 Mar (Labour Code art. 112)'],
  ['2026-05-01', 'Spring and Labour Day'],
  ['2026-05-09', 'Victory Day'],
  ['2026-05-11', 'day off carried over from Sat 9 May (Labour Code art. 112)'],
  ['2026-06-12', 'Russia Day'],
  ['2026-11-04', 'Unity Day'],
  ['2026-12-31', 'day off moved from Sun 4 Jan (Decree 1466 of 24.09.2025)'],
  ...newYearHolidays(2027),
  ['2027-02-23', 'Defender of the Fatherland Day'],
  ['2027-03-08', "International Women's Day"],
  ['2027-05-01', 'Spring and Labour Day'],
  ['2027-05-03', 'day off carried over from Sat 1 May (Labour Code art. 112)'],
  ['2027-05-09', 'Victory Day'],
  ['2027-05-10', 'day off carried over from Sun 9 May (Labour Code art. 112)'],
  ['2027-06-12', 'Russia Day'],
  ['2027-06-14', 'day off carried over from Sat 12 Jun (Labour Code art. 112)'],
  ['2027-11-04', 'Unity Day'],
];

function newYearHolidays(year: number): [string, string][] {
  return [1, 2, 3, 4, 5, 6, 7, 8].map((d) => [
    `${year}-01-0${d}`,
    d === 7 ? 'Christmas' : 'New Year holidays',
  ]);
}

export class CreateWorkingCalendar1795680000000 implements MigrationInterface {
  name = 'CreateWorkingCalendar1795680000000';

  async up(q: QueryRunner): Promise<void> {
    // One row per day off; a year with no rows falls back to weekends + fixed holidays.
    await q.query(`
      CREATE TABLE non_working_days (
        day date PRIMARY KEY,
        year integer NOT NULL CHECK (year = extract(year FROM day)),
        note text
      )`);
    await q.query('CREATE INDEX non_working_days_year_idx ON non_working_days (year)');
    await q.query(`
      INSERT INTO non_working_days (day, year, note)
      SELECT d::date, extract(year FROM d)::int, 'weekend'
      FROM generate_series('2026-01-01'::date, '2027-12-31'::date, interval '1 day') AS d
      WHERE extract(isodow FROM d) IN (6, 7)`);
    // A holiday on a weekend keeps one row, named for the holiday.
    await q.query(
      `INSERT INTO non_working_days (day, year, note)
       SELECT day, extract(year FROM day)::int, note
       FROM unnest($1::date[], $2::text[]) AS h(day, note)
       ON CONFLICT (day) DO UPDATE SET note = EXCLUDED.note`,
      [HOLIDAYS.map(([day]) => day), HOLIDAYS.map(([, note]) => note)],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE non_working_days');
  }
}
