import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describeError, splitFieldMessages } from './errors';

describe('describeError', () => {
  it('reads the contract code and splits field messages', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'email: email is not a valid address; password: password must be 12 to 128 characters long', extensions: { code: 'BAD_USER_INPUT' } }],
    });
    expect(describeError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      messages: ['email: email is not a valid address', 'password: password must be 12 to 128 characters long'],
    });
  });

  it('hides messages of unexpected server errors', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: 'Internal', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(describeError(error)).toEqual({ code: 'UNKNOWN', messages: [] });
  });

  it('treats anything else as a network problem', () => {
    expect(describeError(new TypeError('Failed to fetch')).code).toBe('NETWORK');
  });
});

describe('splitFieldMessages', () => {
  it('keeps a single sentence whole', () => {
    expect(splitFieldMessages('Sign in first')).toEqual(['Sign in first']);
  });
});
