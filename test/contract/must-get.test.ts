// A look-up that cannot miss, when it does, is an internal error saying what was missing (not an undefined
// carried on by a non-null assertion).
import { InternalError } from '../../src/errors';
import { mustGet, oneRow, present } from '../../src/shared/must-get';

describe('look-ups that cannot miss', () => {
  it('answers what is there', () => {
    expect(mustGet(new Map([['a', 1]]), 'a', 'the id of actor')).toBe(1);
    expect(oneRow([{ count: 3 }], 'countThings')).toEqual({ count: 3 });
    expect(present(0, 'a count')).toBe(0);
  });

  it('names what was missing, as an internal error', () => {
    expect(() => mustGet(new Map<string, number>(), 'russia', 'the id of actor')).toThrow(new InternalError('the id of actor "russia" is missing'));
    expect(() => oneRow([], 'countApiKeys')).toThrow(new InternalError('the statement countApiKeys answered no row'));
    expect(() => present(null, 'the mention 7 just added')).toThrow(InternalError);
    expect(() => present(undefined, 'the canonical actor 3')).toThrow('the canonical actor 3 is missing');
  });
});
