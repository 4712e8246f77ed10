import { ApiProperty } from '@nestjs/swagger';

export class AuditActorResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'officer' }) role: string;
}

export class AuditEventResponse {
  @ApiProperty({ example: 42 }) seq: number;
  @ApiProperty({ example: '2026-12-01T09:00:00.000Z' }) at: string;
  @ApiProperty({ type: AuditActorResponse, nullable: true, description: 'null for the system' })
  actor: AuditActorResponse | null;
  @ApiProperty({ example: 'user.created' }) action: string;
  @ApiProperty({ example: 'user' }) entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: unknown;
  @ApiProperty({ example: '0'.repeat(64) }) prevHash: string;
  @ApiProperty({ example: 'f'.repeat(64) }) hash: string;
}

export class AuditEventListResponse {
  @ApiProperty({ type: [AuditEventResponse] }) items: AuditEventResponse[];
  @ApiProperty({ example: 1 }) total: number;
}

export class AuditVerificationResponse {
  @ApiProperty({ example: true }) valid: boolean;
  @ApiProperty({ example: 1200, description: 'Links verified intact, from seq 1' }) count: number;
  @ApiProperty({ description: 'Hash of the last intact link' }) headHash: string;
  @ApiProperty({ type: Number, nullable: true, example: null }) firstBrokenSeq: number | null;
}

export class AuditCheckpointResponse {
  @ApiProperty({ example: 42, description: 'The chain seq signed: events 1..seq are covered' })
  seq: number;
  @ApiProperty({ example: 'f'.repeat(64), description: 'Hash of the link at seq' })
  headHash: string;
  @ApiProperty({ example: '2026-12-01T09:00:00.000Z', description: 'Real time of signing' })
  at: string;
  @ApiProperty({
    description:
      'Ed25519 over the UTF-8 string `checkpoint|<seq>|<headHash>|<at>`, base64; key at GET /receipts/public-key',
  })
  signature: string;
}

export class AuditCheckpointListResponse {
  @ApiProperty({ type: [AuditCheckpointResponse] }) items: AuditCheckpointResponse[];
  @ApiProperty({ example: 1 }) total: number;
}
