import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { BID_STATUSES } from '../domain/bid-status';
import { BidContentDto } from './bid.dtos';

export class BidOrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AO Moscow Battery Works' }) name: string;
  @ApiProperty({ example: '7707083893' }) inn: string;
}

export class FindingResponse {
  @ApiProperty({ example: 'INVESTMENT_BELOW_MINIMUM' }) code: string;
  @ApiProperty({ example: 'investment is below the minimum of 3000000000.00 RUB' }) message: string;
}

export class ReceiptResponse {
  @ApiProperty({ description: 'SHA-256 (hex) of the RFC 8785 canonical JSON of the content' })
  sha256: string;
  @ApiProperty({ example: '2026-12-10T09:00:00.000Z' }) submittedAt: string;
  @ApiProperty({ description: 'Ed25519 over sha256|bidId|version|submittedAt, base64' })
  signature: string;
}

export class BidDocumentSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, description: 'Sealed (null) until opening' })
  filename: string | null;
  @ApiProperty({ example: 524288 }) size: number;
  @ApiProperty() sha256: string;
}

export class BidResponse extends PartialType(BidContentDto) {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) tenderId: string;
  @ApiProperty({ type: BidOrganizationResponse }) organization: BidOrganizationResponse;
  @ApiProperty({ enum: BID_STATUSES, example: 'submitted' }) status: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ example: '2026-12-10T09:00:00.000Z' }) submittedAt: string;
  @ApiProperty({ example: '2026-12-10T09:00:00.000Z' }) updatedAt: string;
  @ApiProperty({
    description:
      'true while the content is sealed: then only the response to a submission carries it',
  })
  sealed: boolean;
  @ApiPropertyOptional({
    type: [FindingResponse],
    description: 'Offset-condition warnings (on submit/replace)',
  })
  warnings?: FindingResponse[];
  @ApiProperty({ type: ReceiptResponse }) receipt: ReceiptResponse;
  @ApiPropertyOptional({
    type: [BidDocumentSummaryResponse],
    description: 'On reads: the bid documents',
  })
  documents?: BidDocumentSummaryResponse[];
}

export class BidListResponse {
  @ApiProperty({ type: [BidResponse] }) items: BidResponse[];
  @ApiProperty({ example: 1 }) total: number;
}

export class PublicKeyResponse {
  @ApiProperty({ example: 'Ed25519' }) algorithm: 'Ed25519';
  @ApiProperty({ example: '-----BEGIN PUBLIC KEY-----\n…' }) publicKeyPem: string;
}
