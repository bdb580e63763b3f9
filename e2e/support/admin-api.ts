import { expect, type APIRequestContext } from '@playwright/test';
import { ADMIN } from './environment';

export interface AnswerKey {
  prompt: string;
  correctChoices: string[];
}

async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await request.post('/graphql', {
    headers: { 'Accept-Language': 'en', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    data: { query, variables },
  });
  expect(response.ok()).toBeTruthy();
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** The quiz's answer key, read as the ADMIN the server created at start (only staff may see isCorrect). */
export async function fetchAnswerKey(request: APIRequestContext, quizId: string): Promise<AnswerKey[]> {
  const { signIn } = await graphql<{ signIn: { token: string } }>(
    request,
    'mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }',
    ADMIN,
  );
  const { quiz } = await graphql<{ quiz: { questions: { id: string; prompt: string; choices: { id: string; text: string; isCorrect: boolean }[] }[] } }>(
    request,
    'query ($id: ID!) { quiz(id: $id) { questions { id prompt choices { id text isCorrect } } } }',
    { id: quizId },
    signIn.token,
  );
  return quiz.questions.map((question) => ({
    prompt: question.prompt,
    correctChoices: question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.text),
  }));
}
