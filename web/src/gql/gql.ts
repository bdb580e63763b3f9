/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      country\n      locale\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  fragment CourseCard_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      lessons {\n        id\n        title\n        completed\n      }\n    }\n  }\n": typeof types.CourseCard_CourseFragmentDoc,
    "\n  query CourseCardProgress($slug: String!) {\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": typeof types.CourseCardProgressDocument,
    "\n  fragment CourseIntro_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      isWebinarWeek\n    }\n  }\n": typeof types.CourseIntro_CourseFragmentDoc,
    "\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  fragment LessonRow_lesson on Lesson {\n    id\n    title\n    minutes\n    completed\n  }\n": typeof types.LessonRow_LessonFragmentDoc,
    "\n  fragment QuizRow_quiz on Quiz {\n    id\n    title\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n  }\n": typeof types.QuizRow_QuizFragmentDoc,
    "\n  fragment WeekSection_week on Week {\n    number\n    title\n    summary\n    isWebinarWeek\n    opensAt\n    lessons {\n      id\n      ...LessonRow_lesson\n    }\n    quizzes {\n      id\n      ...QuizRow_quiz\n    }\n  }\n": typeof types.WeekSection_WeekFragmentDoc,
    "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": typeof types.CompleteLessonDocument,
    "\n  fragment LessonBody_lesson on Lesson {\n    id\n    html\n  }\n": typeof types.LessonBody_LessonFragmentDoc,
    "\n  fragment LessonPager_lesson on Lesson {\n    id\n    previous {\n      id\n      title\n    }\n    next {\n      id\n      title\n    }\n  }\n": typeof types.LessonPager_LessonFragmentDoc,
    "\n  fragment AttemptHistory_quiz on Quiz {\n    id\n    myAttempts {\n      id\n      startedAt\n      submittedAt\n      scorePercent\n      passed\n    }\n  }\n": typeof types.AttemptHistory_QuizFragmentDoc,
    "\n  fragment QuizForm_quiz on Quiz {\n    id\n    questions {\n      id\n      kind\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n": typeof types.QuizForm_QuizFragmentDoc,
    "\n  fragment QuizIntro_quiz on Quiz {\n    id\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n    questions {\n      id\n    }\n  }\n": typeof types.QuizIntro_QuizFragmentDoc,
    "\n  fragment QuizResult_quiz on Quiz {\n    id\n    passPercent\n    questions {\n      id\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n": typeof types.QuizResult_QuizFragmentDoc,
    "\n  fragment QuizResult_attempt on QuizAttempt {\n    id\n    submittedAt\n    scorePercent\n    passed\n    feedback {\n      questionId\n      correct\n      explanation\n      chosenChoiceIds\n      correctChoiceIds\n    }\n  }\n": typeof types.QuizResult_AttemptFragmentDoc,
    "\n  query CoursePage($slug: String!, $signedIn: Boolean!) {\n    course(slug: $slug) {\n      slug\n      title\n      summary\n      hours\n      weeks {\n        number\n        lessons {\n          id\n          completed\n        }\n        ...WeekSection_week\n      }\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": typeof types.CoursePageDocument,
    "\n  query DashboardPage($signedIn: Boolean!) {\n    me @include(if: $signedIn) {\n      id\n      name\n    }\n    courses {\n      slug\n      ...CourseIntro_course\n      ...CourseCard_course\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      minutes\n      weekNumber\n      courseSlug\n      completed\n      next {\n        id\n        weekNumber\n      }\n      ...LessonBody_lesson\n      ...LessonPager_lesson\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        quizzes {\n          id\n          title\n          passed\n        }\n      }\n    }\n  }\n": typeof types.LessonPageDocument,
    "\n  fragment QuizPage_quiz on Quiz {\n    id\n    title\n    courseSlug\n    weekNumber\n    passPercent\n    maxAttempts\n    attemptsUsed\n    passed\n    myAttempts {\n      id\n      submittedAt\n      ...QuizResult_attempt\n    }\n    ...QuizIntro_quiz\n    ...QuizForm_quiz\n    ...QuizResult_quiz\n    ...AttemptHistory_quiz\n  }\n": typeof types.QuizPage_QuizFragmentDoc,
    "\n  query QuizPage($id: ID!) {\n    quiz(id: $id) {\n      id\n      ...QuizPage_quiz\n    }\n    courses {\n      slug\n      title\n    }\n  }\n": typeof types.QuizPageDocument,
    "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n": typeof types.StartQuizAttemptDocument,
    "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {\n      id\n      ...QuizResult_attempt\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n": typeof types.SubmitQuizAttemptDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      country\n      locale\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  fragment CourseCard_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      lessons {\n        id\n        title\n        completed\n      }\n    }\n  }\n": types.CourseCard_CourseFragmentDoc,
    "\n  query CourseCardProgress($slug: String!) {\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": types.CourseCardProgressDocument,
    "\n  fragment CourseIntro_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      isWebinarWeek\n    }\n  }\n": types.CourseIntro_CourseFragmentDoc,
    "\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": types.EnrollDocument,
    "\n  fragment LessonRow_lesson on Lesson {\n    id\n    title\n    minutes\n    completed\n  }\n": types.LessonRow_LessonFragmentDoc,
    "\n  fragment QuizRow_quiz on Quiz {\n    id\n    title\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n  }\n": types.QuizRow_QuizFragmentDoc,
    "\n  fragment WeekSection_week on Week {\n    number\n    title\n    summary\n    isWebinarWeek\n    opensAt\n    lessons {\n      id\n      ...LessonRow_lesson\n    }\n    quizzes {\n      id\n      ...QuizRow_quiz\n    }\n  }\n": types.WeekSection_WeekFragmentDoc,
    "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": types.CompleteLessonDocument,
    "\n  fragment LessonBody_lesson on Lesson {\n    id\n    html\n  }\n": types.LessonBody_LessonFragmentDoc,
    "\n  fragment LessonPager_lesson on Lesson {\n    id\n    previous {\n      id\n      title\n    }\n    next {\n      id\n      title\n    }\n  }\n": types.LessonPager_LessonFragmentDoc,
    "\n  fragment AttemptHistory_quiz on Quiz {\n    id\n    myAttempts {\n      id\n      startedAt\n      submittedAt\n      scorePercent\n      passed\n    }\n  }\n": types.AttemptHistory_QuizFragmentDoc,
    "\n  fragment QuizForm_quiz on Quiz {\n    id\n    questions {\n      id\n      kind\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n": types.QuizForm_QuizFragmentDoc,
    "\n  fragment QuizIntro_quiz on Quiz {\n    id\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n    questions {\n      id\n    }\n  }\n": types.QuizIntro_QuizFragmentDoc,
    "\n  fragment QuizResult_quiz on Quiz {\n    id\n    passPercent\n    questions {\n      id\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n": types.QuizResult_QuizFragmentDoc,
    "\n  fragment QuizResult_attempt on QuizAttempt {\n    id\n    submittedAt\n    scorePercent\n    passed\n    feedback {\n      questionId\n      correct\n      explanation\n      chosenChoiceIds\n      correctChoiceIds\n    }\n  }\n": types.QuizResult_AttemptFragmentDoc,
    "\n  query CoursePage($slug: String!, $signedIn: Boolean!) {\n    course(slug: $slug) {\n      slug\n      title\n      summary\n      hours\n      weeks {\n        number\n        lessons {\n          id\n          completed\n        }\n        ...WeekSection_week\n      }\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": types.CoursePageDocument,
    "\n  query DashboardPage($signedIn: Boolean!) {\n    me @include(if: $signedIn) {\n      id\n      name\n    }\n    courses {\n      slug\n      ...CourseIntro_course\n      ...CourseCard_course\n    }\n  }\n": types.DashboardPageDocument,
    "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      minutes\n      weekNumber\n      courseSlug\n      completed\n      next {\n        id\n        weekNumber\n      }\n      ...LessonBody_lesson\n      ...LessonPager_lesson\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        quizzes {\n          id\n          title\n          passed\n        }\n      }\n    }\n  }\n": types.LessonPageDocument,
    "\n  fragment QuizPage_quiz on Quiz {\n    id\n    title\n    courseSlug\n    weekNumber\n    passPercent\n    maxAttempts\n    attemptsUsed\n    passed\n    myAttempts {\n      id\n      submittedAt\n      ...QuizResult_attempt\n    }\n    ...QuizIntro_quiz\n    ...QuizForm_quiz\n    ...QuizResult_quiz\n    ...AttemptHistory_quiz\n  }\n": types.QuizPage_QuizFragmentDoc,
    "\n  query QuizPage($id: ID!) {\n    quiz(id: $id) {\n      id\n      ...QuizPage_quiz\n    }\n    courses {\n      slug\n      title\n    }\n  }\n": types.QuizPageDocument,
    "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n": types.StartQuizAttemptDocument,
    "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {\n      id\n      ...QuizResult_attempt\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n": types.SubmitQuizAttemptDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      country\n      locale\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      country\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCard_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      lessons {\n        id\n        title\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CourseCard_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      lessons {\n        id\n        title\n        completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseCardProgress($slug: String!) {\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  query CourseCardProgress($slug: String!) {\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseIntro_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      isWebinarWeek\n    }\n  }\n"): (typeof documents)["\n  fragment CourseIntro_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      isWebinarWeek\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonRow_lesson on Lesson {\n    id\n    title\n    minutes\n    completed\n  }\n"): (typeof documents)["\n  fragment LessonRow_lesson on Lesson {\n    id\n    title\n    minutes\n    completed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizRow_quiz on Quiz {\n    id\n    title\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n  }\n"): (typeof documents)["\n  fragment QuizRow_quiz on Quiz {\n    id\n    title\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeekSection_week on Week {\n    number\n    title\n    summary\n    isWebinarWeek\n    opensAt\n    lessons {\n      id\n      ...LessonRow_lesson\n    }\n    quizzes {\n      id\n      ...QuizRow_quiz\n    }\n  }\n"): (typeof documents)["\n  fragment WeekSection_week on Week {\n    number\n    title\n    summary\n    isWebinarWeek\n    opensAt\n    lessons {\n      id\n      ...LessonRow_lesson\n    }\n    quizzes {\n      id\n      ...QuizRow_quiz\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonBody_lesson on Lesson {\n    id\n    html\n  }\n"): (typeof documents)["\n  fragment LessonBody_lesson on Lesson {\n    id\n    html\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonPager_lesson on Lesson {\n    id\n    previous {\n      id\n      title\n    }\n    next {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment LessonPager_lesson on Lesson {\n    id\n    previous {\n      id\n      title\n    }\n    next {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttemptHistory_quiz on Quiz {\n    id\n    myAttempts {\n      id\n      startedAt\n      submittedAt\n      scorePercent\n      passed\n    }\n  }\n"): (typeof documents)["\n  fragment AttemptHistory_quiz on Quiz {\n    id\n    myAttempts {\n      id\n      startedAt\n      submittedAt\n      scorePercent\n      passed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizForm_quiz on Quiz {\n    id\n    questions {\n      id\n      kind\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuizForm_quiz on Quiz {\n    id\n    questions {\n      id\n      kind\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizIntro_quiz on Quiz {\n    id\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n    questions {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment QuizIntro_quiz on Quiz {\n    id\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n    questions {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizResult_quiz on Quiz {\n    id\n    passPercent\n    questions {\n      id\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuizResult_quiz on Quiz {\n    id\n    passPercent\n    questions {\n      id\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizResult_attempt on QuizAttempt {\n    id\n    submittedAt\n    scorePercent\n    passed\n    feedback {\n      questionId\n      correct\n      explanation\n      chosenChoiceIds\n      correctChoiceIds\n    }\n  }\n"): (typeof documents)["\n  fragment QuizResult_attempt on QuizAttempt {\n    id\n    submittedAt\n    scorePercent\n    passed\n    feedback {\n      questionId\n      correct\n      explanation\n      chosenChoiceIds\n      correctChoiceIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePage($slug: String!, $signedIn: Boolean!) {\n    course(slug: $slug) {\n      slug\n      title\n      summary\n      hours\n      weeks {\n        number\n        lessons {\n          id\n          completed\n        }\n        ...WeekSection_week\n      }\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoursePage($slug: String!, $signedIn: Boolean!) {\n    course(slug: $slug) {\n      slug\n      title\n      summary\n      hours\n      weeks {\n        number\n        lessons {\n          id\n          completed\n        }\n        ...WeekSection_week\n      }\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($signedIn: Boolean!) {\n    me @include(if: $signedIn) {\n      id\n      name\n    }\n    courses {\n      slug\n      ...CourseIntro_course\n      ...CourseCard_course\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage($signedIn: Boolean!) {\n    me @include(if: $signedIn) {\n      id\n      name\n    }\n    courses {\n      slug\n      ...CourseIntro_course\n      ...CourseCard_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      minutes\n      weekNumber\n      courseSlug\n      completed\n      next {\n        id\n        weekNumber\n      }\n      ...LessonBody_lesson\n      ...LessonPager_lesson\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        quizzes {\n          id\n          title\n          passed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      minutes\n      weekNumber\n      courseSlug\n      completed\n      next {\n        id\n        weekNumber\n      }\n      ...LessonBody_lesson\n      ...LessonPager_lesson\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        quizzes {\n          id\n          title\n          passed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizPage_quiz on Quiz {\n    id\n    title\n    courseSlug\n    weekNumber\n    passPercent\n    maxAttempts\n    attemptsUsed\n    passed\n    myAttempts {\n      id\n      submittedAt\n      ...QuizResult_attempt\n    }\n    ...QuizIntro_quiz\n    ...QuizForm_quiz\n    ...QuizResult_quiz\n    ...AttemptHistory_quiz\n  }\n"): (typeof documents)["\n  fragment QuizPage_quiz on Quiz {\n    id\n    title\n    courseSlug\n    weekNumber\n    passPercent\n    maxAttempts\n    attemptsUsed\n    passed\n    myAttempts {\n      id\n      submittedAt\n      ...QuizResult_attempt\n    }\n    ...QuizIntro_quiz\n    ...QuizForm_quiz\n    ...QuizResult_quiz\n    ...AttemptHistory_quiz\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuizPage($id: ID!) {\n    quiz(id: $id) {\n      id\n      ...QuizPage_quiz\n    }\n    courses {\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query QuizPage($id: ID!) {\n    quiz(id: $id) {\n      id\n      ...QuizPage_quiz\n    }\n    courses {\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {\n      id\n      ...QuizResult_attempt\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {\n      id\n      ...QuizResult_attempt\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;