import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../common/auth/auth.decorators';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { LogInUseCase } from '../application/log-in.use-case';
import { RegisterInvestorUseCase } from '../application/register-investor.use-case';
import { LoginDto, RegisterInvestorDto } from './account.dtos';
import { AccessTokenResponse, RegistrationResponse } from './account.responses';
import { LoginThrottleGuard } from './login-throttle.guard';

@ApiTags('accounts')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly registerInvestor: RegisterInvestorUseCase,
    private readonly logIn: LogInUseCase,
  ) {}

  @Public()
  @Post('register')
  @ApiOperation({ summary: 'Register an investor with its organization (INN)' })
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiErrors(400, 409)
  register(@Body() body: RegisterInvestorDto): Promise<RegistrationResponse> {
    return this.registerInvestor.execute(body);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @UseGuards(LoginThrottleGuard)
  @ApiOperation({ summary: 'Exchange email and password for a bearer token' })
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiErrors(400, 401, 429)
  login(@Body() body: LoginDto): Promise<AccessTokenResponse> {
    return this.logIn.execute(body.email, body.password);
  }
}
