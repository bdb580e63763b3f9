import { buildSchema, parse } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isCacheableQuery } from './cacheable-query';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
const cacheable = (source: string) => isCacheableQuery(schema, parse(source));

describe('isCacheableQuery', () => {
  it('takes the outline with the viewer\'s progress, lessons and webinar times, fragments included', () => {
    expect(cacheable(`{ course(slug: "c") { title weeks { number opensAt lessons { id completed } quizzes { id passed attemptsUsed } } } myProgress(courseSlug: "c") { percent weeks { number percent } } }`)).toBe(true);
    expect(cacheable(`query Page { lesson(id: "l") { __typename html next { id } } course(slug: "c") { ...Week } } fragment Week on Course { weeks { webinars { startsAt myRsvp } } }`)).toBe(true);
  });

  it('refuses fields other learners change, other root fields, mutations and several operations', () => {
    expect(cacheable(`{ course(slug: "c") { weeks { webinars { seatsTaken } } } }`)).toBe(false);
    expect(cacheable(`{ course(slug: "c") { ...W } } fragment W on Course { weeks { webinars { questions { text } } } }`)).toBe(false);
    expect(cacheable(`{ me { name role locale } courses { slug } }`)).toBe(true);
    expect(cacheable(`{ course(slug: "c") { title } myNotifications { id } }`)).toBe(false);
    expect(cacheable(`{ users { items { name } } }`)).toBe(false);
    expect(cacheable(`mutation { completeLesson(lessonId: "l") { percent } }`)).toBe(false);
    expect(cacheable(`query A { courses { title } } query B { courses { slug } }`)).toBe(false);
  });
});

describe("the web app's queries", () => {
  // the documents the web app sends, as GraphQL Code Generator wrote them
  const generated = readFileSync(join(__dirname, '..', '..', '..', 'web', 'src', 'gql', 'graphql.ts'), 'utf8');
  const documents = new Map([...generated.matchAll(/export const (\w+)Document = (\{"kind":"Document".*?\}) as unknown as DocumentNode/g)].map(([, name, ast]) => [name, JSON.parse(ast)]));

  it('answers every page a learner reads most from memory', () => {
    for (const name of ['Viewer', 'DashboardPage', 'CoursePage', 'LessonPage', 'CourseCardProgress']) {
      expect([name, isCacheableQuery(schema, documents.get(name))]).toEqual([name, true]);
    }
  });
});
