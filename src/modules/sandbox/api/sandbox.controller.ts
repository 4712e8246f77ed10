import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { AdvanceClockUseCase } from '../application/advance-clock.use-case';
import { AdvanceClockDto, ClockResponse } from './sandbox.dtos';

/** Mounted only when SANDBOX=true; otherwise these routes do not exist (404). */
@ApiTags('sandbox')
@Controller('sandbox')
export class SandboxController {
  constructor(private readonly clock: AdvanceClockUseCase) {}

  @Public()
  @Get('clock')
  @ApiOperation({ summary: 'The sandbox clock' })
  @ApiOkResponse({ type: ClockResponse })
  read(): Promise<ClockResponse> {
    return this.clock.read();
  }

  @Post('clock')
  @HttpCode(200)
  @ApiBearerAuth()
  @Roles('admin')
  @ApiOperation({ summary: 'Move the sandbox clock forward and run what fell due' })
  @ApiOkResponse({ type: ClockResponse })
  @ApiErrors(400, 401, 403)
  advance(@CurrentUser() actor: AuthUser, @Body() body: AdvanceClockDto): Promise<ClockResponse> {
    return this.clock.execute(actor, body.advanceMs, body.freeze);
  }
}
