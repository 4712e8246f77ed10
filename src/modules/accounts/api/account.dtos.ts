import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import type { StaffRole } from '../application/create-user.use-case';

export class OrganizationInput {
  @ApiProperty({ example: 'AO Moscow Battery Works' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({
    example: '7707083893',
    description: '10-digit legal-entity INN with a valid check digit',
  })
  @IsString()
  @MaxLength(10)
  inn: string;
}

export class RegisterInvestorDto {
  @ApiProperty({ example: 'ceo@battery-works.ru' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, example: 'a long passphrase' })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password: string;

  @ApiProperty({ example: 'Irina Petrova' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @ApiProperty({ type: OrganizationInput })
  @IsObject() // ValidateNested alone lets a missing object through
  @ValidateNested()
  @Type(() => OrganizationInput)
  organization: OrganizationInput;
}

export class LoginDto {
  @ApiProperty({ example: 'ceo@battery-works.ru' })
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'a long passphrase' })
  @IsString()
  @MaxLength(256)
  password: string;
}

const STAFF_ROLES: StaffRole[] = ['officer', 'auditor', 'admin'];

export class CreateUserDto {
  @ApiProperty({ example: 'officer@mos.ru' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 12, example: 'a long passphrase' })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password: string;

  @ApiProperty({ example: 'Sergey Ivanov' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @ApiProperty({ enum: STAFF_ROLES, example: 'officer' })
  @IsIn(STAFF_ROLES)
  role: StaffRole;
}
