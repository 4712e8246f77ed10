import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, Roles } from '../../../common/auth/auth.decorators';
import type { AuthUser } from '../../../common/auth/role';
import { ApiErrors } from '../../../common/http/api-errors.decorator';
import { PageQueryDto } from '../../../common/http/page-query.dto';
import { Idempotent } from '../../../common/idempotency/idempotent.decorator';
import { CreateUserUseCase } from '../application/create-user.use-case';
import { DeactivateUserUseCase } from '../application/deactivate-user.use-case';
import { UsersQuery } from '../application/users.query';
import { CreateUserDto } from './account.dtos';
import { UserListResponse, UserResponse } from './account.responses';

@ApiTags('accounts')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(
    private readonly createUser: CreateUserUseCase,
    private readonly deactivateUser: DeactivateUserUseCase,
    private readonly users: UsersQuery,
  ) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Create an officer, auditor or admin account' })
  @ApiCreatedResponse({ type: UserResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  create(@CurrentUser() actor: AuthUser, @Body() body: CreateUserDto): Promise<UserResponse> {
    return this.createUser.execute(actor, body);
  }

  @Get()
  @ApiOperation({ summary: 'List accounts' })
  @ApiOkResponse({ type: UserListResponse })
  @ApiErrors(400, 401, 403)
  list(@Query() page: PageQueryDto): Promise<UserListResponse> {
    return this.users.list(page.limit, page.offset);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Deactivate an account; its tokens stop working at once' })
  @ApiNoContentResponse({ description: 'Deactivated (or already inactive)' })
  @ApiErrors(400, 401, 403, 404, 409)
  async deactivate(
    @CurrentUser() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.deactivateUser.execute(actor, id);
  }
}
