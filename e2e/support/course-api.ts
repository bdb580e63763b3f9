import type { APIRequestContext } from '@playwright/test';
import { enroll, fetchAnswerKey, graphql, myCertificate, registerUser, signInAsAdmin, type ApiUser, type NewUser } from './admin-api';

export interface CourseOutline {
  title: string;
  weeks: { number: number; isWebinarWeek: boolean; lessons: { id: string; title: string }[]; quizzes: { id: string; title: string }[] }[];
}

/** The course's weeks, lessons and quizzes with their titles in a language, as a visitor sees them. */
export async function courseOutline(request: APIRequestContext, courseSlug: string, language = 'en'): Promise<CourseOutline> {
  const { course } = await graphql<{ course: CourseOutline }>(
    request,
    'query ($slug: String!) { course(slug: $slug) { title weeks { number isWebinarWeek lessons { id title } quizzes { id title } } } }',
    { slug: courseSlug },
    undefined,
    language,
  );
  return course;
}

/** A trainee registered and enrolled in the course through the API, as the sign-up and outline pages would. */
export async function enrolledTrainee(request: APIRequestContext, trainee: NewUser, courseSlug: string): Promise<ApiUser> {
  const registered = await registerUser(request, trainee);
  await enroll(request, registered.token, courseSlug);
  return registered;
}

async function viewerId(request: APIRequestContext, token: string): Promise<string> {
  const { me } = await graphql<{ me: { id: string } }>(request, 'query { me { id } }', {}, token);
  return me.id;
}

/** One attempt at the quiz with every answer right; the answer key is read with the administrator's token. */
async function passQuiz(request: APIRequestContext, adminToken: string, token: string, quizId: string): Promise<void> {
  const key = await fetchAnswerKey(request, quizId, 'en', adminToken);
  const { startQuizAttempt } = await graphql<{ startQuizAttempt: { id: string } }>(
    request,
    'mutation ($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id } }',
    { quizId },
    token,
  );
  await graphql(
    request,
    'mutation ($attemptId: ID!, $answers: [AnswerInput!]!) { submitQuizAttempt(attemptId: $attemptId, answers: $answers) { id passed } }',
    { attemptId: startQuizAttempt.id, answers: key.map((question) => ({ questionId: question.questionId, choiceIds: question.correctChoiceIds })) },
    token,
  );
}

/** The administrator (signed in with adminToken) schedules a webinar of the week and records the trainee as having attended it. */
async function attendWebinarOfWeek(request: APIRequestContext, adminToken: string, userId: string, courseSlug: string, week: number): Promise<void> {
  const { scheduleWebinar } = await graphql<{ scheduleWebinar: { id: string } }>(
    request,
    'mutation ($input: WebinarInput!) { scheduleWebinar(input: $input) { id } }',
    {
      input: {
        courseSlug,
        week,
        title: `Week ${week} round table`,
        startsAt: new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString(),
        durationMinutes: 60,
        timeZone: 'America/Mexico_City',
        joinUrl: 'https://meet.example.org/week-session',
      },
    },
    adminToken,
  );
  await graphql(request, 'mutation ($webinarId: ID!, $userId: ID!) { recordAttendance(webinarId: $webinarId, userId: $userId, attended: true) }', { webinarId: scheduleWebinar.id, userId }, adminToken);
}

/**
 * Does through the API what the journey does not do in the browser: every lesson and quiz of
 * the course but those named in `skip`, and a webinar of each webinar week.
 */
export async function workThroughCourse(request: APIRequestContext, token: string, courseSlug: string, skip: string[] = []): Promise<void> {
  const userId = await viewerId(request, token);
  await enroll(request, token, courseSlug);
  const outline = await courseOutline(request, courseSlug);
  // One sign-in (a password hash) for the whole course, not one per quiz and webinar week.
  const adminToken = await signInAsAdmin(request);
  for (const week of outline.weeks) {
    for (const lesson of week.lessons.filter((l) => !skip.includes(l.id))) {
      await graphql(request, 'mutation ($lessonId: ID!) { completeLesson(lessonId: $lessonId) { percent } }', { lessonId: lesson.id }, token);
    }
    for (const quiz of week.quizzes.filter((q) => !skip.includes(q.id))) await passQuiz(request, adminToken, token, quiz.id);
    if (week.isWebinarWeek) await attendWebinarOfWeek(request, adminToken, userId, courseSlug, week.number);
  }
}

interface CertifiedTrainee {
  id: string;
  token: string;
  name: string;
  certificateCode: string;
}

/** A trainee registered, enrolled and taken through the whole course through the API: they hold a certificate. */
export async function certifiedTrainee(request: APIRequestContext, trainee: NewUser, courseSlug: string): Promise<CertifiedTrainee> {
  const { id, token } = await registerUser(request, trainee);
  await workThroughCourse(request, token, courseSlug);
  const certificate = await myCertificate(request, token, courseSlug);
  if (!certificate) throw new Error(`No certificate was issued to ${trainee.name} after completing "${courseSlug}"`);
  return { id, token, name: trainee.name, certificateCode: certificate.code };
}
