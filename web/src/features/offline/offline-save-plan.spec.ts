import { offlineSavePlan } from './offline-save-plan';

describe('offlineSavePlan', () => {
  const v1 = ['/assets/index-a1.js', '/assets/lesson-page-b1.js', '/assets/index-c1.css'];
  const v2 = ['/assets/index-a2.js', '/assets/lesson-page-b1.js', '/assets/index-c2.css'];

  it('saves the app\'s files and the lessons on the first save', () => {
    expect(offlineSavePlan([], v1, ['/lessons/w1-a', '/lessons/w1-b'])).toEqual({ save: [...v1, '/lessons/w1-a', '/lessons/w1-b'], drop: [] });
  });

  it('adds a week without fetching again the weeks saved with the same version of the app', () => {
    expect(offlineSavePlan([...v1, '/lessons/w1-a'], v1, ['/lessons/w2-a'])).toEqual({ save: [...v1, '/lessons/w2-a'], drop: [] });
  });

  it('once the app has changed, saves the earlier lessons again with it and drops the earlier version\'s files', () => {
    expect(offlineSavePlan([...v1, '/lessons/w1-a'], v2, ['/lessons/w2-a'])).toEqual({
      save: [...v2, '/lessons/w2-a', '/lessons/w1-a'],
      drop: ['/assets/index-a1.js', '/assets/index-c1.css'],
    });
  });
});
