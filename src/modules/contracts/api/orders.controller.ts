import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
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
import { AcceptDeliveryUseCase } from '../application/accept-delivery.use-case';
import { CloseOrderUseCase } from '../application/close-order.use-case';
import { OrdersQuery } from '../application/orders.query';
import { PlaceOrderUseCase } from '../application/place-order.use-case';
import { RecordDeliveryUseCase } from '../application/record-delivery.use-case';
import {
  AcceptanceDto,
  CloseOrderDto,
  DeliveryDto,
  OrderListQueryDto,
  PlaceOrderDto,
} from './orders.dtos';
import {
  DeliveryResponse,
  OrderListResponse,
  OrderResponse,
  StagesResponse,
} from './orders.responses';

/** CONTRACT.md §3, §6: stages, orders, deliveries and acceptance of a contract in supply. */
@ApiTags('contracts')
@ApiBearerAuth()
@Controller('contracts/:id')
export class OrdersController {
  constructor(
    private readonly orders: OrdersQuery,
    private readonly placeOrder: PlaceOrderUseCase,
    private readonly closeOrder: CloseOrderUseCase,
    private readonly recordDelivery: RecordDeliveryUseCase,
    private readonly acceptDelivery: AcceptDeliveryUseCase,
  ) {}

  @Get('stages')
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({
    summary:
      'Stages (contract years with supply), per item planned / ordered / delivered / accepted',
  })
  @ApiOkResponse({ type: StagesResponse })
  @ApiErrors(400, 401, 403, 404)
  stages(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
  ): Promise<StagesResponse> {
    return this.orders.stages(caller, contractId);
  }

  @Post('orders')
  @Roles('officer')
  @Idempotent()
  @ApiOperation({ summary: 'Call off an item against a stage (officer)' })
  @ApiCreatedResponse({ type: OrderResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  place(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Body() body: PlaceOrderDto,
  ): Promise<OrderResponse> {
    return this.placeOrder.execute(officer, contractId, body);
  }

  @Get('orders')
  @Roles('officer', 'auditor', 'investor')
  @ApiOperation({ summary: "The contract's orders, by stage year and status" })
  @ApiOkResponse({ type: OrderListResponse })
  @ApiErrors(400, 401, 403, 404)
  list(
    @CurrentUser() caller: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Query() query: OrderListQueryDto,
  ): Promise<OrderListResponse> {
    return this.orders.list(
      caller,
      contractId,
      { stageYear: query.stageYear, status: query.status },
      query.limit,
      query.offset,
    );
  }

  @Post('orders/:oid/close')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Close an order that will not be fulfilled: failed' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  close(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('oid', ParseUUIDPipe) orderId: string,
    @Body() body: CloseOrderDto,
  ): Promise<OrderResponse> {
    return this.closeOrder.execute(officer, contractId, orderId, body.reason);
  }

  @Post('orders/:oid/deliveries')
  @Roles('investor')
  @Idempotent()
  @ApiOperation({ summary: 'Record a delivery on an order (owning investor)' })
  @ApiCreatedResponse({ type: DeliveryResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  deliver(
    @CurrentUser() investor: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('oid', ParseUUIDPipe) orderId: string,
    @Body() body: DeliveryDto,
  ): Promise<DeliveryResponse> {
    return this.recordDelivery.execute(investor, contractId, orderId, body);
  }

  @Post('orders/:oid/deliveries/:did/acceptance')
  @HttpCode(200)
  @Roles('officer')
  @ApiOperation({ summary: 'Accept a delivery in whole or in part (0 rejects it), once' })
  @ApiOkResponse({ type: OrderResponse })
  @ApiErrors(400, 401, 403, 404, 409)
  accept(
    @CurrentUser() officer: AuthUser,
    @Param('id', ParseUUIDPipe) contractId: string,
    @Param('oid', ParseUUIDPipe) orderId: string,
    @Param('did', ParseUUIDPipe) deliveryId: string,
    @Body() body: AcceptanceDto,
  ): Promise<OrderResponse> {
    return this.acceptDelivery.execute(officer, contractId, orderId, deliveryId, body);
  }
}
