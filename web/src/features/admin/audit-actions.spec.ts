import { AUDIT_ACTIONS, isAuditAction, readableDetails } from './audit-actions';

describe('audit actions', () => {
  it('knows the actions the server records', () => {
    expect(AUDIT_ACTIONS).toContain('user.focal-point');
    expect(isAuditAction('certificate.revoke')).toBe(true);
  });

  it('does not mistake other text for an action', () => {
    for (const value of ['toString', 'constructor', 'user', '', null]) expect(isAuditAction(value)).toBe(false);
  });
});

describe('readableDetails', () => {
  it('lists an object key by key', () => {
    expect(readableDetails('{"from":"TRAINEE","to":"ADMIN","country":null,"attended":true}')).toEqual(['from: TRAINEE', 'to: ADMIN', 'country: null', 'attended: true']);
  });

  it('reads empty details as nothing', () => {
    expect(readableDetails('{}')).toEqual([]);
    expect(readableDetails('null')).toEqual([]);
  });

  it('keeps anything else as it came', () => {
    expect(readableDetails('not json')).toEqual(['not json']);
    expect(readableDetails('[1,2]')).toEqual(['[1,2]']);
  });
});
