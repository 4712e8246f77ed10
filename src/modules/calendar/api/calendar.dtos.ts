import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, Max, Min } from 'class-validator';

export class CalendarYearParams {
  @ApiProperty({ minimum: 2000, maximum: 2100, example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;
}

export class ReplaceNonWorkingDaysDto {
  @ApiProperty({
    type: [String],
    format: 'date',
    maxItems: 366,
    example: ['2027-01-01', '2027-01-02', '2027-01-03'],
    description:
      'Every non-working day of the year (weekends included), each a date of that year, ' +
      'unique, any order. An empty list removes the year, which then falls back to weekends ' +
      'plus the fixed holidays. A working Saturday is simply left out.',
  })
  @IsArray()
  @ArrayMaxSize(366)
  @IsString({ each: true })
  nonWorkingDays: string[];
}
