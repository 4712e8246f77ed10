import { Criterion, criteriaProblems } from './criteria';

const battery: Criterion[] = [
  { code: 'price', weight: 60 },
  { code: 'investment', weight: 15 },
  { code: 'buildTime', weight: 10 },
  { code: 'localization', weight: 5 },
  { code: 'technology', weight: 10 },
];

describe('criteria of the battery tender', () => {
  it('accepts the default weights', () => expect(criteriaProblems(battery, 60)).toEqual([]));

  it('refuses weights that do not sum to 100', () =>
    expect(criteriaProblems([{ code: 'price', weight: 60 }], 60)).toEqual([
      { code: 'weightsSumTo100', args: [60], message: 'weights must sum to 100, not 60' },
    ]));

  it('requires price, at the minimum weight unless the minimum is off (sandbox)', () => {
    expect(criteriaProblems([{ code: 'investment', weight: 100 }], 60)).toContainEqual({
      code: 'priceCriterionRequired',
      message: 'the price criterion is mandatory',
    });
    const light: Criterion[] = [
      { code: 'price', weight: 50 },
      { code: 'investment', weight: 50 },
    ];
    expect(criteriaProblems(light, 60)).toEqual([
      { code: 'priceWeightAtLeast', args: [60], message: 'price must weigh at least 60' },
    ]);
    expect(criteriaProblems(light, null)).toEqual([]);
  });

  it('refuses unknown, repeated and fractional criteria', () => {
    const bad = [
      { code: 'price', weight: 60.5 },
      { code: 'price', weight: 20 },
      { code: 'beauty', weight: 19.5 },
    ] as unknown as Criterion[];
    expect(criteriaProblems(bad, 60)).toEqual(
      expect.arrayContaining([
        { code: 'criterionUnknown', args: ['beauty'], message: 'unknown criterion "beauty"' },
        { code: 'criterionRepeated', message: 'each criterion may appear once' },
        {
          code: 'criterionWeightWholePercent',
          args: ['price'],
          message: 'weight of "price" must be a whole percent from 1 to 100',
        },
      ]),
    );
  });
});
