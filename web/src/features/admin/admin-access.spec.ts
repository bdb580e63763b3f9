import { focalCountry, isAdmin, isFullAdmin } from './admin-access';

describe('admin access', () => {
  it('lets a full administrator do everything', () => {
    const admin = { role: 'ADMIN', focalPointCountry: null };
    expect([isAdmin(admin), isFullAdmin(admin), focalCountry(admin)]).toEqual([true, true, undefined]);
  });

  it('scopes a focal point to their country', () => {
    const focalPoint = { role: 'ADMIN', focalPointCountry: 'SV' };
    expect([isAdmin(focalPoint), isFullAdmin(focalPoint), focalCountry(focalPoint)]).toEqual([true, false, 'SV']);
  });

  it('keeps instructors, trainees and visitors out', () => {
    for (const viewer of [{ role: 'INSTRUCTOR' }, { role: 'TRAINEE', focalPointCountry: 'SV' }, null]) {
      expect([isAdmin(viewer), isFullAdmin(viewer), focalCountry(viewer)]).toEqual([false, false, undefined]);
    }
  });
});
