import { getMetadataStorage, IsInt, IsString, validateSync } from 'class-validator';
import { rememberValidationRules } from './validation-rules-memo';

describe('remembered validation rules', () => {
  beforeAll(() => rememberValidationRules(getMetadataStorage()));

  const failing = (o: object) =>
    validateSync(o)
      .map((e) => e.property)
      .sort();

  it('answers as class-validator does, for a class and its subclass', () => {
    class Offer {
      @IsString() name!: string;
    }
    class PricedOffer extends Offer {
      @IsInt() quantity!: number;
    }
    expect(failing(Object.assign(new Offer(), { name: 1 }))).toEqual(['name']);
    expect(failing(Object.assign(new PricedOffer(), { name: 1, quantity: 'x' }))).toEqual([
      'name',
      'quantity',
    ]);
    expect(failing(Object.assign(new PricedOffer(), { name: 'a', quantity: 2 }))).toEqual([]);
  });

  it('sees a rule added after the class was validated', () => {
    class Plant {
      @IsString() region!: string;
    }
    const plant = Object.assign(new Plant(), { region: 'Moscow', capacity: 'x' });
    expect(failing(plant)).toEqual([]);
    IsInt()(Plant.prototype, 'capacity');
    expect(failing(plant)).toEqual(['capacity']);
  });
});
