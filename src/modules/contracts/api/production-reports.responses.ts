import { ApiProperty } from '@nestjs/swagger';
import { ReviewResponse } from './contracts.responses';

export class ProductionReportResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 2030 }) year: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { main: 6200 },
  })
  producedByItem: Record<string, number>;
  @ApiProperty({ type: [String], format: 'uuid' }) documentIds: string[];
  @ApiProperty({ example: '2031-02-10T09:00:00.000Z' }) submittedAt: string;
  @ApiProperty({ type: ReviewResponse, nullable: true }) review: ReviewResponse | null;
}

export class ProductionReportListResponse {
  @ApiProperty({ type: [ProductionReportResponse] }) items: ProductionReportResponse[];
  @ApiProperty({ example: 1 }) total: number;
}
