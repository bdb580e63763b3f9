import { BREAK, DocumentNode, GraphQLSchema, Kind, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

/**
 * Fields whose value depends only on the course files, on what staff schedule (cohorts,
 * webinars, attendance) and on the viewer's own records (their account, lessons done, quiz
 * attempts, RSVPs). The response cache forgets a viewer's answers when they write and everyone's when
 * staff or a signed-out visitor write, so a query made of these fields alone can be
 * answered again from memory. Left out: what other learners change (seats taken, webinar
 * questions and votes) and quiz questions.
 */
const CACHEABLE_FIELDS: Record<string, ReadonlySet<string>> = {
  Query: new Set(['course', 'courses', 'lesson', 'me', 'myProgress']),
  User: new Set(['country', 'createdAt', 'deactivatedAt', 'deletionRequestedAt', 'email', 'focalPointCountry', 'id', 'locale', 'name', 'post', 'role', 'timeZone']),
  Course: new Set(['hours', 'slug', 'summary', 'title', 'weeks']),
  Week: new Set(['isWebinarWeek', 'lessons', 'number', 'opensAt', 'quizzes', 'summary', 'title', 'webinars']),
  Lesson: new Set(['completed', 'courseSlug', 'html', 'id', 'minutes', 'next', 'previous', 'slug', 'title', 'weekNumber']),
  Quiz: new Set(['attemptsUsed', 'bestScorePercent', 'courseSlug', 'id', 'maxAttempts', 'passPercent', 'passed', 'title', 'weekNumber']),
  Webinar: new Set(['cancelledAt', 'capacity', 'courseSlug', 'description', 'durationMinutes', 'icsUrl', 'id', 'joinUrl', 'myRsvp', 'recordingUrl', 'startsAt', 'timeZone', 'title', 'week']),
  Progress: new Set(['completed', 'completedAt', 'courseSlug', 'enrolled', 'percent', 'weeks']),
  WeekProgress: new Set(['completed', 'number', 'percent']),
};

/** Whether a document is one query selecting only cacheable fields. */
export function isCacheableQuery(schema: GraphQLSchema, document: DocumentNode): boolean {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].operation !== 'query') return false;
  const typeInfo = new TypeInfo(schema);
  let cacheable = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (node.name.value === '__typename') return;
        if (!parent || !CACHEABLE_FIELDS[parent.name]?.has(node.name.value)) {
          cacheable = false;
          return BREAK;
        }
      },
    }),
  );
  return cacheable;
}
