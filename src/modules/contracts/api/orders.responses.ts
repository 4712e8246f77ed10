import { ApiProperty } from '@nestjs/swagger';
import { ORDER_STATUSES } from '../domain/order-status';
import { StageProgressResponse } from './stage.responses';

export class AcceptanceResponse {
  @ApiProperty({ example: 240 }) acceptedQuantity: number;
  @ApiProperty({ example: '10 packs failed the insulation test' }) comment: string;
  @ApiProperty({ format: 'uuid' }) officerId: string;
  @ApiProperty({ example: '2030-06-20T09:00:00.000Z' }) at: string;
}

export class DeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 250 }) quantity: number;
  @ApiProperty({ example: 'Waybill 118, UPD 2030-0412' }) note: string;
  @ApiProperty({ type: [String], format: 'uuid' }) documentIds: string[];
  @ApiProperty({ example: '2030-06-18T09:00:00.000Z' }) submittedAt: string;
  @ApiProperty({ type: AcceptanceResponse, nullable: true }) acceptance: AcceptanceResponse | null;
}

export class OrderResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) contractId: string;
  @ApiProperty({ example: 4 }) stageYear: number;
  @ApiProperty({ example: 'main' }) item: string;
  @ApiProperty({ example: 400 }) quantity: number;
  @ApiProperty({ example: '1320000.00' }) unitPriceRub: string;
  @ApiProperty({ example: '528000000.00', description: 'quantity × unit price' }) valueRub: string;
  @ApiProperty({ example: '2030-06-30', description: 'Moscow date' }) deliverBy: string;
  @ApiProperty({ example: '2030-06-30T20:59:59.999Z', description: 'End of the deliverBy day' })
  dueAt: string;
  @ApiProperty({ enum: ORDER_STATUSES }) status: string;
  @ApiProperty({ example: '2030-05-01T09:00:00.000Z' }) placedAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why an officer closed it (failed)' })
  closeReason: string | null;
  @ApiProperty({ example: 250 }) deliveredQuantity: number;
  @ApiProperty({ example: 240 }) acceptedQuantity: number;
  @ApiProperty({ example: '316800000.00' }) acceptedValueRub: string;
  @ApiProperty({ type: [DeliveryResponse] }) deliveries: DeliveryResponse[];
}

export class OrderListResponse {
  @ApiProperty({ type: [OrderResponse] }) items: OrderResponse[];
  @ApiProperty({ example: 1 }) total: number;
}

export class StagesResponse {
  @ApiProperty({ type: [StageProgressResponse] }) stages: StageProgressResponse[];
}
