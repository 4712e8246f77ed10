import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import type { UserView } from '../application/user-view';
import { UserResponse } from './account.responses';
import { SignedInAccount } from './signed-in-account.decorator';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  @Get()
  @ApiOperation({ summary: 'The signed-in account' })
  @ApiOkResponse({ type: UserResponse })
  @ApiErrors(401)
  me(@SignedInAccount() account: UserView): UserResponse {
    return account;
  }
}
