import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';

export class ProductionReportDto {
  @ApiProperty({ example: 2030, description: 'A calendar year that has ended' })
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0 },
    example: { main: 6200 },
    description: 'Units produced in the year, per item code of the contract',
  })
  @IsObject()
  producedByItem: Record<string, number>;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Evidence document ids' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}
