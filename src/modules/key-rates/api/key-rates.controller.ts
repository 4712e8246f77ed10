import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { KeyRatesQuery } from '../application/key-rates.query';
import { RecordKeyRateUseCase } from '../application/record-key-rate.use-case';
import { RecordKeyRateDto } from './key-rates.dtos';
import { KeyRateListResponse, KeyRateResponse } from './key-rates.responses';

@ApiTags('reference data')
@ApiBearerAuth()
@Controller('admin/key-rates')
export class KeyRatesController {
  constructor(
    private readonly keyRates: KeyRatesQuery,
    private readonly recordKeyRate: RecordKeyRateUseCase,
  ) {}

  // Officers and auditors read it too: penalties they see are computed from it. The table
  // gains a few rows a year, so it is served whole rather than paged.
  @Get()
  @Roles('admin', 'officer', 'auditor')
  @ApiOperation({ summary: 'Bank of Russia key rates used for penalties, oldest first' })
  @ApiOkResponse({ type: KeyRateListResponse })
  @ApiErrors(401, 403)
  async list(): Promise<KeyRateListResponse> {
    const items = await this.keyRates.list();
    return { items, total: items.length };
  }

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Record a key-rate decision from the day it takes effect' })
  @ApiCreatedResponse({ type: KeyRateResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  record(@CurrentUser() actor: AuthUser, @Body() body: RecordKeyRateDto): Promise<KeyRateResponse> {
    return this.recordKeyRate.execute(actor, body);
  }
}
