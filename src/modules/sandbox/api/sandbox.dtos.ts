import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

export class AdvanceClockDto {
  @ApiProperty({ example: 86400000, description: 'Milliseconds to move the clock forward (≥ 0)' })
  @IsInt()
  @Min(0)
  @Max(100 * 365 * 24 * 3600 * 1000)
  advanceMs: number;

  @ApiPropertyOptional({
    description: 'true: stop the clock at the new instant; false: let it run; omitted: unchanged',
  })
  @IsOptional()
  @IsBoolean()
  freeze?: boolean;
}

export class ClockResponse {
  @ApiProperty({ example: '2026-12-01T09:00:00.000Z' }) now: string;
  @ApiProperty({ example: 86400000 }) offsetMs: number;
  @ApiProperty({ example: false, description: 'Stopped at `now`' }) frozen: boolean;
}
