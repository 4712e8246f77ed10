import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { ORDER_STATUSES } from '../domain/order-status';

export class PlaceOrderDto {
  @ApiProperty({ example: 'main', description: "An item code of the contract's items" })
  @IsString()
  @Matches(/^[a-z0-9_-]{1,40}$/)
  item: string;

  @ApiProperty({ example: 400 }) @IsInt() @Min(1) @Max(1_000_000_000) quantity: number;

  @ApiProperty({
    example: '2030-06-30',
    description:
      'Moscow date, due at the end of that day; inside a stage, at least 30 days ahead (not in sandbox)',
  })
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  deliverBy: string;
}

export class OrderListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 4 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  stageYear?: number;

  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: string;
}

export class CloseOrderDto {
  @ApiProperty({ example: 'The supplier declared it cannot ship NMC packs this year' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  reason: string;
}

export class DeliveryDto {
  @ApiProperty({ example: 250 }) @IsInt() @Min(1) @Max(1_000_000_000) quantity: number;

  @ApiProperty({ example: 'Waybill 118, UPD 2030-0412; 250 packs to the Filyovsky depot' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  note: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'Waybill and UPD: documents filed for this contract',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  documentIds?: string[];
}

export class AcceptanceDto {
  @ApiProperty({ example: 240, description: '0 ≤ accepted ≤ delivered; 0 rejects the delivery' })
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  acceptedQuantity: number;

  @ApiProperty({ example: '10 packs failed the insulation test and go back' })
  @IsString()
  @MaxLength(5000)
  comment: string;
}
