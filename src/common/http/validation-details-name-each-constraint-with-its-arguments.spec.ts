import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsMoney } from '../money/is-money.decorator';
import { DomainError } from '../errors/domain-error';
import { createValidationPipe } from './validation.pipe';

class OrderBody {
  @IsInt() @Min(1) @Max(1000) quantity: number;
  @IsString() @IsNotEmpty() @MaxLength(20) note: string;
  @IsMoney('1000.00') priceRub: string;
}

async function refusal(body: unknown): Promise<DomainError> {
  try {
    await createValidationPipe().transform(body, { type: 'body', metatype: OrderBody });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the body was accepted');
}

describe('VALIDATION_FAILED details name each refused constraint with its arguments', () => {
  it('gives the class-validator code and bound beside each English message', async () => {
    const error = await refusal({ quantity: 0, note: '', priceRub: 12 });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toEqual([
      {
        field: 'quantity',
        errors: ['quantity must not be less than 1'],
        constraints: [{ code: 'min', args: [1] }],
      },
      {
        field: 'note',
        errors: ['note should not be empty'],
        constraints: [{ code: 'isNotEmpty' }],
      },
      {
        field: 'priceRub',
        errors: [
          'priceRub must be a string',
          'priceRub must be rubles as a decimal string, e.g. "1000.00"',
        ],
        constraints: [{ code: 'isString' }, { code: 'isMoney' }],
      },
    ]);
  });

  it('names an unknown field by the whitelist rule and never echoes the body', async () => {
    const error = await refusal({ quantity: 5, note: 'x', priceRub: '1.00', discount: '10%' });
    expect(error.details).toEqual([
      {
        field: 'discount',
        errors: ['property discount should not exist'],
        constraints: [{ code: 'whitelistValidation' }],
      },
    ]);
    expect(JSON.stringify(error.details)).not.toContain('10%');
  });
});
