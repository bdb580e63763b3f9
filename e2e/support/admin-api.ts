import { expect, type APIRequestContext } from '@playwright/test';
import { ADMIN } from './environment';

export interface AnswerKey {
  questionId: string;
  prompt: string;
  correctChoices: string[];
  correctChoiceIds: string[];
}

/** One GraphQL call that must succeed; content comes back in the language asked for. */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string, language = 'en'): Promise<T> {
  const response = await request.post('/graphql', {
    headers: { 'Accept-Language': language, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    data: { query, variables },
  });
  expect(response.ok()).toBeTruthy();
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/**
 * The quiz's answer key in a language, read as the ADMIN the server created at start (only staff
 * may see isCorrect): with the given admin token, else signing in for it.
 */
export async function fetchAnswerKey(request: APIRequestContext, quizId: string, language = 'en', adminToken?: string): Promise<AnswerKey[]> {
  const token = adminToken ?? (await signInAsAdmin(request));
  const { quiz } = await graphql<{ quiz: { questions: { id: string; prompt: string; choices: { id: string; text: string; isCorrect: boolean }[] }[] } }>(
    request,
    'query ($id: ID!) { quiz(id: $id) { questions { id prompt choices { id text isCorrect } } } }',
    { id: quizId },
    token,
    language,
  );
  return quiz.questions.map((question) => {
    const correct = question.choices.filter((choice) => choice.isCorrect);
    return { questionId: question.id, prompt: question.prompt, correctChoices: correct.map((c) => c.text), correctChoiceIds: correct.map((c) => c.id) };
  });
}

export interface NewUser {
  name: string;
  email: string;
  password: string;
  /** ISO 3166-1 alpha-2, one of the RCM member states */
  country: string;
  /** the language saved with the account, which the interface follows once signed in; English unless given */
  locale?: 'EN' | 'ES' | 'FR';
}

export interface ApiUser {
  id: string;
  token: string;
}

export async function signInAs(request: APIRequestContext, email: string, password: string): Promise<string> {
  const { signIn } = await graphql<{ signIn: { token: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
    { email, password },
  );
  return signIn.token;
}

/** Creates an account through the API, as the sign-up page would. */
export async function registerUser(request: APIRequestContext, user: NewUser): Promise<ApiUser> {
  const { register } = await graphql<{ register: { token: string; user: { id: string } } }>(
    request,
    'mutation ($input: RegisterInput!) { register(input: $input) { token user { id } } }',
    { input: { locale: 'EN', ...user } },
  );
  return { id: register.user.id, token: register.token };
}

/** A token of the ADMIN the server created at start (a full administrator). */
export async function signInAsAdmin(request: APIRequestContext): Promise<string> {
  return signInAs(request, ADMIN.email, ADMIN.password);
}

/** The full administrator makes the user an ADMIN scoped to one country: a country focal point. */
export async function makeFocalPoint(request: APIRequestContext, userId: string, country: string): Promise<void> {
  const adminToken = await signInAsAdmin(request);
  await graphql(request, 'mutation ($userId: ID!) { setUserRole(userId: $userId, role: ADMIN) { id role } }', { userId }, adminToken);
  await graphql(request, 'mutation ($userId: ID!, $country: String) { setFocalPoint(userId: $userId, country: $country) { id focalPointCountry } }', { userId, country }, adminToken);
}

/** The ADMIN the server created at start gives the user the INSTRUCTOR role. */
export async function promoteToInstructor(request: APIRequestContext, userId: string): Promise<void> {
  const adminToken = await signInAs(request, ADMIN.email, ADMIN.password);
  await graphql(request, 'mutation ($userId: ID!) { setUserRole(userId: $userId, role: INSTRUCTOR) { id role } }', { userId }, adminToken);
}

export async function enroll(request: APIRequestContext, token: string, courseSlug: string): Promise<void> {
  await graphql(request, 'mutation ($courseSlug: String!) { enroll(courseSlug: $courseSlug) { enrolled } }', { courseSlug }, token);
}

export interface ScheduledWebinar {
  id: string;
  title: string;
  startsAt: string;
  timeZone: string;
}

/** The course's webinars as the server stores them (startsAt in UTC). */
export async function listWebinars(request: APIRequestContext, token: string, courseSlug: string): Promise<ScheduledWebinar[]> {
  const { webinars } = await graphql<{ webinars: ScheduledWebinar[] }>(
    request,
    'query ($courseSlug: String!) { webinars(courseSlug: $courseSlug) { id title startsAt timeZone } }',
    { courseSlug },
    token,
  );
  return webinars;
}

export async function rosterOf(request: APIRequestContext, token: string, webinarId: string): Promise<{ user: { id: string }; attended: boolean; viaRecording: boolean }[]> {
  const { webinarRoster } = await graphql<{ webinarRoster: { user: { id: string }; attended: boolean; viaRecording: boolean }[] }>(
    request,
    'query ($webinarId: ID!) { webinarRoster(webinarId: $webinarId) { user { id } attended viaRecording } }',
    { webinarId },
    token,
  );
  return webinarRoster;
}

export interface IssuedCertificate {
  code: string;
}

export async function myCertificate(request: APIRequestContext, token: string, courseSlug: string): Promise<IssuedCertificate | null> {
  const { myCertificate } = await graphql<{ myCertificate: IssuedCertificate | null }>(
    request,
    'query ($courseSlug: String!) { myCertificate(courseSlug: $courseSlug) { code } }',
    { courseSlug },
    token,
  );
  return myCertificate;
}

/** The full administrator revokes a certificate, giving the reason the audit keeps. */
export async function revokeCertificate(request: APIRequestContext, code: string, reason: string): Promise<void> {
  const adminToken = await signInAsAdmin(request);
  await graphql(request, 'mutation ($code: String!, $reason: String!) { revokeCertificate(code: $code, reason: $reason) { code revoked } }', { code, reason }, adminToken);
}
