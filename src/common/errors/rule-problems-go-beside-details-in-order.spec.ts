import { problem, RuleProblemsError } from './rule-problems';

describe('a problem-list refusal (INVALID_CRITERIA, INVALID_TIMELINE, INVALID_SUPPLY_PLAN)', () => {
  const error = new RuleProblemsError('INVALID_SUPPLY_PLAN', 'Invalid supply plan', [
    problem('item code "a" is used twice', 'itemCodeRepeated', 'a'),
    problem('a: no year has a quantity', 'itemPlanEmpty', 'a'),
    problem('a tender buys 1 to 20 items', 'itemCount', 1, 20),
  ]);

  it('keeps its English details and message as they were', () => {
    expect(error.details).toEqual([
      'item code "a" is used twice',
      'a: no year has a quantity',
      'a tender buys 1 to 20 items',
    ]);
    expect(error.message).toBe(
      'Invalid supply plan: item code "a" is used twice; a: no year has a quantity; a tender buys 1 to 20 items',
    );
  });

  it("names each detail's rule with its arguments, in the order of details", () => {
    expect(error.constraints).toEqual([
      { code: 'itemCodeRepeated', args: ['a'] },
      { code: 'itemPlanEmpty', args: ['a'] },
      { code: 'itemCount', args: [1, 20] },
    ]);
  });

  it('sends no args for a rule that has none', () => {
    const timeline = new RuleProblemsError('INVALID_TIMELINE', 'Invalid timeline', [
      problem('submissionDeadline must be in the future', 'submissionDeadlineInFuture'),
    ]);
    expect(timeline.constraints).toEqual([{ code: 'submissionDeadlineInFuture' }]);
  });
});
