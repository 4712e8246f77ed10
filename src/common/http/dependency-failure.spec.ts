import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';
import { isDependencyFailure } from './dependency-failure';

describe('isDependencyFailure', () => {
  it('counts a transaction whose connection died under it (TypeORM released its runner)', () => {
    expect(isDependencyFailure(new QueryRunnerAlreadyReleasedError())).toBe(true);
    expect(isDependencyFailure(new QueryRunnerProviderAlreadyReleasedError())).toBe(true);
  });

  it('counts PostgreSQL shutting down and refused connections', () => {
    const shutdown = Object.assign(new Error('terminating connection'), { code: '57P01' });
    expect(isDependencyFailure(new QueryFailedError('SELECT 1', [], shutdown))).toBe(true);
    expect(isDependencyFailure(Object.assign(new Error('x'), { code: 'ECONNREFUSED' }))).toBe(true);
  });

  it('does not excuse our own bugs', () => {
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' });
    expect(isDependencyFailure(new QueryFailedError('INSERT', [], unique))).toBe(false);
    expect(isDependencyFailure(new TypeError('x is undefined'))).toBe(false);
  });
});
