import { ApiProperty } from '@nestjs/swagger';

export class ContractStageResponse {
  @ApiProperty({ example: 4 }) year: number;
  @ApiProperty({ example: '2030-01-31', description: 'First Moscow day of the contract year' })
  startsOn: string;
  @ApiProperty({ example: '2031-01-30', description: 'Last Moscow day of the contract year' })
  endsOn: string;
  @ApiProperty({ example: '2265120000.00', description: "Σ unit price × the year's quantity" })
  valueRub: string;
}

class QuantityAndValueResponse {
  @ApiProperty({ example: 1716 }) quantity: number;
  @ApiProperty({ example: '2265120000.00' }) valueRub: string;
}

export class StageItemResponse {
  @ApiProperty({ example: 'main' }) item: string;
  @ApiProperty({ example: '1320000.00' }) unitPriceRub: string;
  @ApiProperty({ type: QuantityAndValueResponse }) planned: QuantityAndValueResponse;
  @ApiProperty({ type: QuantityAndValueResponse }) ordered: QuantityAndValueResponse;
  @ApiProperty({ type: QuantityAndValueResponse }) delivered: QuantityAndValueResponse;
  @ApiProperty({ type: QuantityAndValueResponse }) accepted: QuantityAndValueResponse;
}

export class StageProgressResponse extends ContractStageResponse {
  @ApiProperty({ type: [StageItemResponse] }) items: StageItemResponse[];
}
