import { remainingWork } from './remaining-work';

const lesson = (id: string, completed: boolean) => ({ id, completed });
const quiz = (id: string, passed: boolean) => ({ id, passed });

describe('remainingWork', () => {
  it('lists lessons not completed and quizzes not passed, week by week', () => {
    const weeks = [
      { number: 1, isWebinarWeek: false, lessons: [lesson('a', true), lesson('b', false)], quizzes: [quiz('q1', false)] },
      { number: 2, isWebinarWeek: false, lessons: [lesson('c', true)], quizzes: [quiz('q2', true)] },
    ];
    const left = remainingWork(weeks, [
      { number: 1, percent: 33.3, completed: false },
      { number: 2, percent: 100, completed: true },
    ]);
    expect(left).toHaveLength(1);
    expect(left[0].week.number).toBe(1);
    expect(left[0].lessons.map((l) => l.id)).toEqual(['b']);
    expect(left[0].quizzes.map((q) => q.id)).toEqual(['q1']);
    expect(left[0].needsAttendance).toBe(false);
  });

  it('asks for attendance in a webinar week whose percent its lessons and quizzes explain', () => {
    const week = { number: 5, isWebinarWeek: true, lessons: [lesson('a', true), lesson('b', true)], quizzes: [quiz('q', true)] };
    // 3 of 4 items: the lessons and the quiz, not the webinar.
    expect(remainingWork([week], [{ number: 5, percent: 75, completed: false }])[0].needsAttendance).toBe(true);
  });

  it('sees recorded attendance in the percent even while lessons are left', () => {
    const week = { number: 5, isWebinarWeek: true, lessons: [lesson('a', true), lesson('b', false)], quizzes: [quiz('q', false)] };
    // 2 of 4 items: one lesson and the webinar.
    const [left] = remainingWork([week], [{ number: 5, percent: 50, completed: false }]);
    expect(left.needsAttendance).toBe(false);
    expect(left.lessons.map((l) => l.id)).toEqual(['b']);
  });

  it('leaves out a completed webinar week and asks for attendance where progress is unknown', () => {
    const week = { number: 6, isWebinarWeek: true, lessons: [lesson('a', true)], quizzes: [] };
    expect(remainingWork([week], [{ number: 6, percent: 100, completed: true }])).toEqual([]);
    expect(remainingWork([week], [])[0].needsAttendance).toBe(true);
  });
});
