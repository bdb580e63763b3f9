export interface OutlineWeek {
  number: number;
  isWebinarWeek: boolean;
  lessons: { completed: boolean }[];
  quizzes: { passed: boolean }[];
}

export interface WeekStanding {
  number: number;
  percent: number;
  completed: boolean;
}

export interface RemainingWeek<W extends OutlineWeek> {
  week: W;
  lessons: W['lessons'];
  quizzes: W['quizzes'];
  /** A webinar week still without recorded attendance. */
  needsAttendance: boolean;
}

/**
 * What stands between the learner and the certificate, week by week: lessons not completed,
 * quizzes not passed, and webinar weeks without attendance. Attendance is not a field of its
 * own; it is the one item of a webinar week's percent that its lessons and quizzes do not explain.
 */
export function remainingWork<W extends OutlineWeek>(weeks: W[], standings: WeekStanding[]): RemainingWeek<W>[] {
  return weeks
    .map((week) => {
      const lessons = week.lessons.filter((lesson) => !lesson.completed);
      const quizzes = week.quizzes.filter((quiz) => !quiz.passed);
      const standing = standings.find((s) => s.number === week.number);
      let needsAttendance = false;
      if (week.isWebinarWeek && !standing?.completed) {
        const items = week.lessons.length + week.quizzes.length + 1;
        const done = Math.round(((standing?.percent ?? 0) / 100) * items);
        const explained = week.lessons.length - lessons.length + (week.quizzes.length - quizzes.length);
        needsAttendance = done <= explained;
      }
      return { week, lessons, quizzes, needsAttendance };
    })
    .filter((left) => left.lessons.length > 0 || left.quizzes.length > 0 || left.needsAttendance);
}
