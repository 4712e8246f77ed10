import { ApiProperty } from '@nestjs/swagger';

export class CalendarYearResponse {
  @ApiProperty({ example: 2026 }) year: number;

  @ApiProperty({
    enum: ['table', 'default'],
    example: 'table',
    description: "'table': the admin's rows; 'default': no rows, weekends plus fixed holidays",
  })
  source: 'table' | 'default';

  @ApiProperty({
    type: [String],
    format: 'date',
    example: ['2026-01-01', '2026-01-02', '2026-01-03'],
    description: 'Non-working days of the year (Moscow), ascending',
  })
  nonWorkingDays: string[];
}
