import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '../../../common/auth/role';

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'AO Moscow Battery Works' }) name: string;
  @ApiProperty({ example: '7707083893' }) inn: string;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ceo@battery-works.ru' }) email: string;
  @ApiProperty({ example: 'Irina Petrova' }) fullName: string;
  @ApiProperty({ enum: ROLES, example: 'investor' }) role: string;
  @ApiProperty({ type: OrganizationResponse, nullable: true })
  organization: OrganizationResponse | null;
  @ApiProperty({ example: true }) active: boolean;
  @ApiProperty({ example: '2026-12-01T09:00:00.000Z' }) createdAt: string;
}

export class RegistrationResponse {
  @ApiProperty({ type: UserResponse }) user: UserResponse;
  @ApiProperty({ type: OrganizationResponse }) organization: OrganizationResponse;
}

export class AccessTokenResponse {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9…' }) accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ example: 3600, description: 'Seconds until the token expires' }) expiresIn: number;
}

export class UserListResponse {
  @ApiProperty({ type: [UserResponse] }) items: UserResponse[];
  @ApiProperty({ example: 3 }) total: number;
}
