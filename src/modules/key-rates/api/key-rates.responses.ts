import { ApiProperty } from '@nestjs/swagger';

export class KeyRateResponse {
  @ApiProperty({ format: 'date', example: '2026-02-16', description: 'Moscow day it took effect' })
  effectiveFrom: string;

  @ApiProperty({ example: '15.50', description: 'Percent per year, always 2 decimals' })
  ratePct: string;
}

export class KeyRateListResponse {
  @ApiProperty({ type: [KeyRateResponse], description: 'Every recorded rate, oldest first' })
  items: KeyRateResponse[];

  @ApiProperty({ example: 10 })
  total: number;
}
