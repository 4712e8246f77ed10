import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { appConfig, type AppConfig } from '../../../config/app-config';
import { DomainError } from '../../../common/errors/domain-error';
import { ScryptPasswordHasher } from '../infrastructure/scrypt-password-hasher';
import { activeUserByEmail } from '../infrastructure/user-store';
import type { AccessTokenClaims } from './access-token-claims';

export interface AccessToken {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

@Injectable()
export class LogInUseCase implements OnModuleInit {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private decoyHash = '';

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: ScryptPasswordHasher,
    private readonly jwt: JwtService,
    @Inject(appConfig.KEY) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.decoyHash = await this.hasher.hash('decoy password, never matches');
  }

  async execute(email: string, password: string): Promise<AccessToken> {
    const user = await activeUserByEmail(this.dataSource.manager, email.toLowerCase());
    const matches = await this.hasher.verify(password, user?.passwordHash ?? this.decoyHash);
    if (!user || !matches) {
      throw new DomainError('INVALID_CREDENTIALS', 'Wrong email or password');
    }
    const claims: AccessTokenClaims = { sub: user.id, role: user.role };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.jwtTtlSeconds,
    };
  }
}
