import { ApiProperty } from '@nestjs/swagger';

/** An uploaded file as API.md shows it: `{ id, filename, size, sha256 }`. */
export class DocumentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'technical-specification.pdf' }) filename: string;
  @ApiProperty({ example: 482113, description: 'Bytes' }) size: number;
  @ApiProperty({ description: 'SHA-256 (hex) of the file as uploaded' }) sha256: string;
}
