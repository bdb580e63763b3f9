import { offlineSavePlan } from './offline-save-plan';

describe('offlineSavePlan', () => {
  // The first file of each version is its entry script.
  const v1 = ['/assets/index-a1.js', '/assets/lesson-page-b1.js', '/assets/index-c1.css'];
  const v2 = ['/assets/index-a2.js', '/assets/lesson-page-b1.js', '/assets/index-c2.css'];

  it('saves the app\'s files and the lessons on the first save', () => {
    expect(offlineSavePlan([], v1, ['/lessons/w1-a', '/lessons/w1-b'], v1[0])).toEqual({ save: [...v1, '/lessons/w1-a', '/lessons/w1-b'], drop: [] });
  });

  it('adds a week without fetching again the weeks saved with the same version of the app', () => {
    expect(offlineSavePlan([...v1, '/lessons/w1-a'], v1, ['/lessons/w2-a'], v1[0])).toEqual({ save: [...v1, '/lessons/w2-a'], drop: [] });
  });

  it('once the app has changed, saves the earlier lessons again with it and drops the earlier version\'s files', () => {
    expect(offlineSavePlan([...v1, '/lessons/w1-a'], v2, ['/lessons/w2-a'], v2[0])).toEqual({
      save: [...v2, '/lessons/w2-a', '/lessons/w1-a'],
      drop: ['/assets/index-a1.js', '/assets/index-c1.css'],
    });
  });

  it('keeps another page\'s chunk cached on an earlier visit of the same version, and fetches no saved lesson again', () => {
    const quizChunk = '/assets/quiz-page-d1.js';
    const plan = offlineSavePlan([...v1, quizChunk, '/lessons/w1-a'], v1, ['/lessons/w2-a'], v1[0]);
    expect(plan).toEqual({ save: [...v1, '/lessons/w2-a'], drop: [] });
    expect(plan.save).not.toContain('/lessons/w1-a');
  });

  it('a new entry drops the files this version does not load, another page\'s chunk included, and saves the earlier lessons again', () => {
    const quizChunk = '/assets/quiz-page-d1.js';
    expect(offlineSavePlan([...v1, quizChunk, '/lessons/w1-a', '/lessons/w1-b'], v2, ['/lessons/w2-a'], v2[0])).toEqual({
      save: [...v2, '/lessons/w2-a', '/lessons/w1-a', '/lessons/w1-b'],
      drop: ['/assets/index-a1.js', '/assets/index-c1.css', quizChunk],
    });
  });

  it('saves the entry even when this visit\'s list of loaded files left it out', () => {
    const truncated = v1.slice(1);
    expect(offlineSavePlan([], truncated, ['/lessons/w1-a'], v1[0]).save).toEqual([...truncated, v1[0], '/lessons/w1-a']);
    // Cached with the same entry: still the same version, nothing dropped.
    expect(offlineSavePlan([...v1, '/lessons/w1-a'], truncated, ['/lessons/w2-a'], v1[0]).drop).toEqual([]);
  });
});
