import { countryNamer, countryOptions, RCM_MEMBER_STATES } from './countries';

describe('countryOptions', () => {
  it('offers all 11 RCM member states', () => {
    expect(countryOptions('en').map((c) => c.code).sort()).toEqual([...RCM_MEMBER_STATES].sort());
  });

  it('names and sorts them in the reader language', () => {
    const spanish = countryOptions('es');
    expect(spanish.find((c) => c.code === 'US')?.name).toBe('Estados Unidos');
    expect(spanish[0].name).toBe('Belice');
    expect(countryOptions('en').find((c) => c.code === 'DO')?.name).toBe('Dominican Republic');
  });
});

describe('countryNamer', () => {
  it('names a country in the reader language', () => {
    expect(countryNamer('es')('US')).toBe('Estados Unidos');
    expect(countryNamer('en')('SV')).toBe('El Salvador');
  });
});
