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
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      country\n      locale\n      timeZone\n      focalPointCountry\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  fragment CertificateView_certificate on Certificate {\n    code\n    holderName\n    courseTitle\n    issuedAt\n    pdfUrl\n    credentialUrl\n    verifyUrl\n    revoked\n    revokedAt\n  }\n": typeof types.CertificateView_CertificateFragmentDoc,
    "\n  fragment WhatsLeft_course on Course {\n    slug\n    weeks {\n      number\n      title\n      isWebinarWeek\n      opensAt\n      lessons {\n        id\n        title\n        completed\n      }\n      quizzes {\n        id\n        title\n        passed\n      }\n      webinars {\n        id\n        title\n        startsAt\n        durationMinutes\n        cancelledAt\n      }\n    }\n  }\n": typeof types.WhatsLeft_CourseFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      opensAt\n      lessons {\n        id\n        title\n        completed\n      }\n    }\n  }\n": typeof types.CourseCard_CourseFragmentDoc,
    "\n  query CourseCardProgress($slug: String!) {\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": typeof types.CourseCardProgressDocument,
    "\n  fragment CourseIntro_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      isWebinarWeek\n    }\n  }\n": typeof types.CourseIntro_CourseFragmentDoc,
    "\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": typeof types.EnrollDocument,
    "\n  fragment LessonRow_lesson on Lesson {\n    id\n    title\n    minutes\n    completed\n  }\n": typeof types.LessonRow_LessonFragmentDoc,
    "\n  fragment QuizRow_quiz on Quiz {\n    id\n    title\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n  }\n": typeof types.QuizRow_QuizFragmentDoc,
    "\n  fragment WeekSection_week on Week {\n    number\n    title\n    summary\n    isWebinarWeek\n    opensAt\n    lessons {\n      id\n      ...LessonRow_lesson\n    }\n    quizzes {\n      id\n      ...QuizRow_quiz\n    }\n    webinars {\n      id\n      ...WebinarCard_webinar\n    }\n  }\n": typeof types.WeekSection_WeekFragmentDoc,
    "\n  mutation UpdateMyLanguage($locale: Locale!) {\n    updateMyPreferences(locale: $locale) {\n      id\n      locale\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
    "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": typeof types.CompleteLessonDocument,
    "\n  fragment LessonBody_lesson on Lesson {\n    id\n    html\n  }\n": typeof types.LessonBody_LessonFragmentDoc,
    "\n  fragment LessonPager_lesson on Lesson {\n    id\n    previous {\n      id\n      title\n    }\n    next {\n      id\n      title\n    }\n  }\n": typeof types.LessonPager_LessonFragmentDoc,
    "\n  query NotificationBell {\n    myNotifications {\n      id\n      readAt\n    }\n  }\n": typeof types.NotificationBellDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    webinarId\n    createdAt\n    readAt\n  }\n": typeof types.NotificationItem_NotificationFragmentDoc,
    "\n  fragment AttemptHistory_quiz on Quiz {\n    id\n    myAttempts {\n      id\n      startedAt\n      submittedAt\n      scorePercent\n      passed\n    }\n  }\n": typeof types.AttemptHistory_QuizFragmentDoc,
    "\n  fragment QuizForm_quiz on Quiz {\n    id\n    questions {\n      id\n      kind\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n": typeof types.QuizForm_QuizFragmentDoc,
    "\n  fragment QuizIntro_quiz on Quiz {\n    id\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n    questions {\n      id\n    }\n  }\n": typeof types.QuizIntro_QuizFragmentDoc,
    "\n  fragment QuizResult_quiz on Quiz {\n    id\n    passPercent\n    questions {\n      id\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n": typeof types.QuizResult_QuizFragmentDoc,
    "\n  fragment QuizResult_attempt on QuizAttempt {\n    id\n    submittedAt\n    scorePercent\n    passed\n    feedback {\n      questionId\n      correct\n      explanation\n      chosenChoiceIds\n      correctChoiceIds\n    }\n  }\n": typeof types.QuizResult_AttemptFragmentDoc,
    "\n  mutation CalendarFeedUrl($rotate: Boolean) {\n    calendarFeedUrl(rotate: $rotate)\n  }\n": typeof types.CalendarFeedUrlDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment PreferencesForm_user on User {\n    id\n    locale\n    timeZone\n  }\n": typeof types.PreferencesForm_UserFragmentDoc,
    "\n  mutation UpdateMyPreferences($locale: Locale, $timeZone: String) {\n    updateMyPreferences(locale: $locale, timeZone: $timeZone) {\n      id\n      locale\n      timeZone\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
    "\n  fragment YourData_user on User {\n    id\n    deletionRequestedAt\n  }\n": typeof types.YourData_UserFragmentDoc,
    "\n  query MyData {\n    myData\n  }\n": typeof types.MyDataDocument,
    "\n  mutation RequestAccountDeletion {\n    requestAccountDeletion\n  }\n": typeof types.RequestAccountDeletionDocument,
    "\n  mutation RecordAttendanceCsv($webinarId: ID!, $csv: String!) {\n    recordAttendanceCsv(webinarId: $webinarId, csv: $csv) {\n      recorded\n      refused\n      rows {\n        line\n        email\n        status\n        reason\n      }\n    }\n  }\n": typeof types.RecordAttendanceCsvDocument,
    "\n  fragment AttendanceRoster_entry on RosterEntry {\n    user {\n      id\n      name\n      email\n      country\n    }\n    rsvp\n    attended\n    viaRecording\n  }\n": typeof types.AttendanceRoster_EntryFragmentDoc,
    "\n  mutation RecordAttendance($webinarId: ID!, $userId: ID!, $attended: Boolean!, $viaRecording: Boolean) {\n    recordAttendance(webinarId: $webinarId, userId: $userId, attended: $attended, viaRecording: $viaRecording)\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  fragment CohortPicker_cohort on Cohort {\n    id\n    name\n    startsOn\n    timeZone\n    selfPaced\n  }\n": typeof types.CohortPicker_CohortFragmentDoc,
    "\n  query CohortProgressTable($cohortId: ID!) {\n    cohortProgress(cohortId: $cohortId) {\n      cohort {\n        id\n        name\n        selfPaced\n      }\n      trainees {\n        user {\n          id\n          name\n          email\n          country\n        }\n        percent\n        completed\n        weeks {\n          number\n          percent\n          completed\n        }\n        weeksBehind\n      }\n    }\n  }\n": typeof types.CohortProgressTableDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      courseSlug\n      ...CohortPicker_cohort\n    }\n  }\n": typeof types.CreateCohortDocument,
    "\n  fragment TeachWebinarItem_webinar on Webinar {\n    id\n    title\n    week\n    startsAt\n    durationMinutes\n    cancelledAt\n    seatsTaken\n    capacity\n    recordingUrl\n    questions {\n      id\n    }\n    ...WebinarTime_webinar\n  }\n": typeof types.TeachWebinarItem_WebinarFragmentDoc,
    "\n  fragment AddToCalendar_webinar on Webinar {\n    id\n    icsUrl\n  }\n": typeof types.AddToCalendar_WebinarFragmentDoc,
    "\n  fragment RsvpButton_webinar on Webinar {\n    id\n    myRsvp\n    seatsTaken\n    capacity\n    cancelledAt\n    startsAt\n    durationMinutes\n  }\n": typeof types.RsvpButton_WebinarFragmentDoc,
    "\n  mutation RsvpWebinar($webinarId: ID!, $going: Boolean!) {\n    rsvpWebinar(webinarId: $webinarId, going: $going) {\n      id\n      myRsvp\n      seatsTaken\n    }\n  }\n": typeof types.RsvpWebinarDocument,
    "\n  fragment WebinarCard_webinar on Webinar {\n    id\n    courseSlug\n    title\n    startsAt\n    durationMinutes\n    cancelledAt\n    myRsvp\n    recordingUrl\n    ...WebinarTime_webinar\n  }\n": typeof types.WebinarCard_WebinarFragmentDoc,
    "\n  fragment WebinarQuestions_webinar on Webinar {\n    id\n    startsAt\n    durationMinutes\n    cancelledAt\n    questions {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n": typeof types.WebinarQuestions_WebinarFragmentDoc,
    "\n  mutation AskWebinarQuestion($webinarId: ID!, $text: String!) {\n    askWebinarQuestion(webinarId: $webinarId, text: $text) {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n": typeof types.AskWebinarQuestionDocument,
    "\n  mutation VoteWebinarQuestion($questionId: ID!, $up: Boolean!) {\n    voteWebinarQuestion(questionId: $questionId, up: $up) {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n": typeof types.VoteWebinarQuestionDocument,
    "\n  fragment WebinarTime_webinar on Webinar {\n    startsAt\n    durationMinutes\n    timeZone\n  }\n": typeof types.WebinarTime_WebinarFragmentDoc,
    "\n  query CertificatePage($slug: String!) {\n    course(slug: $slug) {\n      slug\n      title\n      ...WhatsLeft_course\n    }\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n    myCertificate(courseSlug: $slug) {\n      code\n      ...CertificateView_certificate\n    }\n  }\n": typeof types.CertificatePageDocument,
    "\n  query CoursePage($slug: String!, $signedIn: Boolean!) {\n    course(slug: $slug) {\n      slug\n      title\n      summary\n      hours\n      weeks {\n        number\n        opensAt\n        lessons {\n          id\n          completed\n        }\n        ...WeekSection_week\n      }\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": typeof types.CoursePageDocument,
    "\n  query DashboardPage($signedIn: Boolean!) {\n    me @include(if: $signedIn) {\n      id\n      name\n    }\n    courses {\n      slug\n      ...CourseIntro_course\n      ...CourseCard_course\n    }\n  }\n": typeof types.DashboardPageDocument,
    "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      minutes\n      weekNumber\n      courseSlug\n      completed\n      next {\n        id\n        weekNumber\n      }\n      ...LessonBody_lesson\n      ...LessonPager_lesson\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        lessons {\n          id\n        }\n        quizzes {\n          id\n          title\n          passed\n        }\n      }\n    }\n  }\n": typeof types.LessonPageDocument,
    "\n  query NotificationsPage {\n    myNotifications {\n      id\n      readAt\n      webinarId\n      ...NotificationItem_notification\n    }\n    courses {\n      slug\n      weeks {\n        number\n        webinars {\n          id\n        }\n      }\n    }\n  }\n": typeof types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment QuizPage_quiz on Quiz {\n    id\n    title\n    courseSlug\n    weekNumber\n    passPercent\n    maxAttempts\n    attemptsUsed\n    passed\n    myAttempts {\n      id\n      submittedAt\n      ...QuizResult_attempt\n    }\n    ...QuizIntro_quiz\n    ...QuizForm_quiz\n    ...QuizResult_quiz\n    ...AttemptHistory_quiz\n  }\n": typeof types.QuizPage_QuizFragmentDoc,
    "\n  query QuizPage($id: ID!) {\n    quiz(id: $id) {\n      id\n      ...QuizPage_quiz\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        quizzes {\n          id\n        }\n      }\n    }\n  }\n": typeof types.QuizPageDocument,
    "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n": typeof types.StartQuizAttemptDocument,
    "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {\n      id\n      ...QuizResult_attempt\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n": typeof types.SubmitQuizAttemptDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query SettingsPage {\n    me {\n      id\n      name\n      email\n      ...PreferencesForm_user\n      ...YourData_user\n    }\n  }\n": typeof types.SettingsPageDocument,
    "\n  query TeachCourses {\n    courses {\n      slug\n      title\n    }\n  }\n": typeof types.TeachCoursesDocument,
    "\n  query TeachPage($slug: String!) {\n    course(slug: $slug) {\n      slug\n      title\n      weeks {\n        number\n        title\n        isWebinarWeek\n      }\n    }\n    cohorts(courseSlug: $slug) {\n      id\n      selfPaced\n      startsOn\n      ...CohortPicker_cohort\n    }\n    webinars(courseSlug: $slug) {\n      id\n      ...TeachWebinarItem_webinar\n    }\n  }\n": typeof types.TeachPageDocument,
    "\n  mutation ScheduleWebinar($input: WebinarInput!) {\n    scheduleWebinar(input: $input) {\n      id\n      title\n      ...TeachWebinarItem_webinar\n    }\n  }\n": typeof types.ScheduleWebinarDocument,
    "\n  fragment TeachWebinarPage_webinar on Webinar {\n    id\n    courseSlug\n    title\n    description\n    week\n    startsAt\n    durationMinutes\n    timeZone\n    joinUrl\n    recordingUrl\n    capacity\n    seatsTaken\n    cancelledAt\n    ...WebinarTime_webinar\n    ...WebinarQuestions_webinar\n  }\n": typeof types.TeachWebinarPage_WebinarFragmentDoc,
    "\n  query TeachWebinarPage($id: ID!) {\n    webinar(id: $id) {\n      id\n      ...TeachWebinarPage_webinar\n    }\n    webinarRoster(webinarId: $id) {\n      ...AttendanceRoster_entry\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        isWebinarWeek\n      }\n    }\n  }\n": typeof types.TeachWebinarPageDocument,
    "\n  mutation UpdateWebinar($id: ID!, $input: WebinarUpdateInput!) {\n    updateWebinar(id: $id, input: $input) {\n      id\n      ...TeachWebinarPage_webinar\n    }\n  }\n": typeof types.UpdateWebinarDocument,
    "\n  mutation CancelWebinar($id: ID!) {\n    cancelWebinar(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": typeof types.CancelWebinarDocument,
    "\n  query WebinarPage($id: ID!, $slug: String!, $signedIn: Boolean!) {\n    webinar(id: $id) {\n      id\n      courseSlug\n      week\n      title\n      description\n      startsAt\n      durationMinutes\n      cancelledAt\n      joinUrl\n      recordingUrl\n      ...WebinarTime_webinar\n      ...RsvpButton_webinar\n      ...AddToCalendar_webinar\n      ...WebinarQuestions_webinar\n    }\n    course(slug: $slug) {\n      slug\n      title\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n    }\n  }\n": typeof types.WebinarPageDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      country\n      locale\n      timeZone\n      focalPointCountry\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user {\n        id\n        name\n        locale\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  fragment CertificateView_certificate on Certificate {\n    code\n    holderName\n    courseTitle\n    issuedAt\n    pdfUrl\n    credentialUrl\n    verifyUrl\n    revoked\n    revokedAt\n  }\n": types.CertificateView_CertificateFragmentDoc,
    "\n  fragment WhatsLeft_course on Course {\n    slug\n    weeks {\n      number\n      title\n      isWebinarWeek\n      opensAt\n      lessons {\n        id\n        title\n        completed\n      }\n      quizzes {\n        id\n        title\n        passed\n      }\n      webinars {\n        id\n        title\n        startsAt\n        durationMinutes\n        cancelledAt\n      }\n    }\n  }\n": types.WhatsLeft_CourseFragmentDoc,
    "\n  fragment CourseCard_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      opensAt\n      lessons {\n        id\n        title\n        completed\n      }\n    }\n  }\n": types.CourseCard_CourseFragmentDoc,
    "\n  query CourseCardProgress($slug: String!) {\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": types.CourseCardProgressDocument,
    "\n  fragment CourseIntro_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      isWebinarWeek\n    }\n  }\n": types.CourseIntro_CourseFragmentDoc,
    "\n  mutation Enroll($courseSlug: String!) {\n    enroll(courseSlug: $courseSlug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": types.EnrollDocument,
    "\n  fragment LessonRow_lesson on Lesson {\n    id\n    title\n    minutes\n    completed\n  }\n": types.LessonRow_LessonFragmentDoc,
    "\n  fragment QuizRow_quiz on Quiz {\n    id\n    title\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n  }\n": types.QuizRow_QuizFragmentDoc,
    "\n  fragment WeekSection_week on Week {\n    number\n    title\n    summary\n    isWebinarWeek\n    opensAt\n    lessons {\n      id\n      ...LessonRow_lesson\n    }\n    quizzes {\n      id\n      ...QuizRow_quiz\n    }\n    webinars {\n      id\n      ...WebinarCard_webinar\n    }\n  }\n": types.WeekSection_WeekFragmentDoc,
    "\n  mutation UpdateMyLanguage($locale: Locale!) {\n    updateMyPreferences(locale: $locale) {\n      id\n      locale\n    }\n  }\n": types.UpdateMyLanguageDocument,
    "\n  mutation CompleteLesson($lessonId: ID!) {\n    completeLesson(lessonId: $lessonId) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": types.CompleteLessonDocument,
    "\n  fragment LessonBody_lesson on Lesson {\n    id\n    html\n  }\n": types.LessonBody_LessonFragmentDoc,
    "\n  fragment LessonPager_lesson on Lesson {\n    id\n    previous {\n      id\n      title\n    }\n    next {\n      id\n      title\n    }\n  }\n": types.LessonPager_LessonFragmentDoc,
    "\n  query NotificationBell {\n    myNotifications {\n      id\n      readAt\n    }\n  }\n": types.NotificationBellDocument,
    "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    webinarId\n    createdAt\n    readAt\n  }\n": types.NotificationItem_NotificationFragmentDoc,
    "\n  fragment AttemptHistory_quiz on Quiz {\n    id\n    myAttempts {\n      id\n      startedAt\n      submittedAt\n      scorePercent\n      passed\n    }\n  }\n": types.AttemptHistory_QuizFragmentDoc,
    "\n  fragment QuizForm_quiz on Quiz {\n    id\n    questions {\n      id\n      kind\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n": types.QuizForm_QuizFragmentDoc,
    "\n  fragment QuizIntro_quiz on Quiz {\n    id\n    passPercent\n    maxAttempts\n    attemptsUsed\n    bestScorePercent\n    passed\n    questions {\n      id\n    }\n  }\n": types.QuizIntro_QuizFragmentDoc,
    "\n  fragment QuizResult_quiz on Quiz {\n    id\n    passPercent\n    questions {\n      id\n      prompt\n      choices {\n        id\n        text\n      }\n    }\n  }\n": types.QuizResult_QuizFragmentDoc,
    "\n  fragment QuizResult_attempt on QuizAttempt {\n    id\n    submittedAt\n    scorePercent\n    passed\n    feedback {\n      questionId\n      correct\n      explanation\n      chosenChoiceIds\n      correctChoiceIds\n    }\n  }\n": types.QuizResult_AttemptFragmentDoc,
    "\n  mutation CalendarFeedUrl($rotate: Boolean) {\n    calendarFeedUrl(rotate: $rotate)\n  }\n": types.CalendarFeedUrlDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  fragment PreferencesForm_user on User {\n    id\n    locale\n    timeZone\n  }\n": types.PreferencesForm_UserFragmentDoc,
    "\n  mutation UpdateMyPreferences($locale: Locale, $timeZone: String) {\n    updateMyPreferences(locale: $locale, timeZone: $timeZone) {\n      id\n      locale\n      timeZone\n    }\n  }\n": types.UpdateMyPreferencesDocument,
    "\n  fragment YourData_user on User {\n    id\n    deletionRequestedAt\n  }\n": types.YourData_UserFragmentDoc,
    "\n  query MyData {\n    myData\n  }\n": types.MyDataDocument,
    "\n  mutation RequestAccountDeletion {\n    requestAccountDeletion\n  }\n": types.RequestAccountDeletionDocument,
    "\n  mutation RecordAttendanceCsv($webinarId: ID!, $csv: String!) {\n    recordAttendanceCsv(webinarId: $webinarId, csv: $csv) {\n      recorded\n      refused\n      rows {\n        line\n        email\n        status\n        reason\n      }\n    }\n  }\n": types.RecordAttendanceCsvDocument,
    "\n  fragment AttendanceRoster_entry on RosterEntry {\n    user {\n      id\n      name\n      email\n      country\n    }\n    rsvp\n    attended\n    viaRecording\n  }\n": types.AttendanceRoster_EntryFragmentDoc,
    "\n  mutation RecordAttendance($webinarId: ID!, $userId: ID!, $attended: Boolean!, $viaRecording: Boolean) {\n    recordAttendance(webinarId: $webinarId, userId: $userId, attended: $attended, viaRecording: $viaRecording)\n  }\n": types.RecordAttendanceDocument,
    "\n  fragment CohortPicker_cohort on Cohort {\n    id\n    name\n    startsOn\n    timeZone\n    selfPaced\n  }\n": types.CohortPicker_CohortFragmentDoc,
    "\n  query CohortProgressTable($cohortId: ID!) {\n    cohortProgress(cohortId: $cohortId) {\n      cohort {\n        id\n        name\n        selfPaced\n      }\n      trainees {\n        user {\n          id\n          name\n          email\n          country\n        }\n        percent\n        completed\n        weeks {\n          number\n          percent\n          completed\n        }\n        weeksBehind\n      }\n    }\n  }\n": types.CohortProgressTableDocument,
    "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      courseSlug\n      ...CohortPicker_cohort\n    }\n  }\n": types.CreateCohortDocument,
    "\n  fragment TeachWebinarItem_webinar on Webinar {\n    id\n    title\n    week\n    startsAt\n    durationMinutes\n    cancelledAt\n    seatsTaken\n    capacity\n    recordingUrl\n    questions {\n      id\n    }\n    ...WebinarTime_webinar\n  }\n": types.TeachWebinarItem_WebinarFragmentDoc,
    "\n  fragment AddToCalendar_webinar on Webinar {\n    id\n    icsUrl\n  }\n": types.AddToCalendar_WebinarFragmentDoc,
    "\n  fragment RsvpButton_webinar on Webinar {\n    id\n    myRsvp\n    seatsTaken\n    capacity\n    cancelledAt\n    startsAt\n    durationMinutes\n  }\n": types.RsvpButton_WebinarFragmentDoc,
    "\n  mutation RsvpWebinar($webinarId: ID!, $going: Boolean!) {\n    rsvpWebinar(webinarId: $webinarId, going: $going) {\n      id\n      myRsvp\n      seatsTaken\n    }\n  }\n": types.RsvpWebinarDocument,
    "\n  fragment WebinarCard_webinar on Webinar {\n    id\n    courseSlug\n    title\n    startsAt\n    durationMinutes\n    cancelledAt\n    myRsvp\n    recordingUrl\n    ...WebinarTime_webinar\n  }\n": types.WebinarCard_WebinarFragmentDoc,
    "\n  fragment WebinarQuestions_webinar on Webinar {\n    id\n    startsAt\n    durationMinutes\n    cancelledAt\n    questions {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n": types.WebinarQuestions_WebinarFragmentDoc,
    "\n  mutation AskWebinarQuestion($webinarId: ID!, $text: String!) {\n    askWebinarQuestion(webinarId: $webinarId, text: $text) {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n": types.AskWebinarQuestionDocument,
    "\n  mutation VoteWebinarQuestion($questionId: ID!, $up: Boolean!) {\n    voteWebinarQuestion(questionId: $questionId, up: $up) {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n": types.VoteWebinarQuestionDocument,
    "\n  fragment WebinarTime_webinar on Webinar {\n    startsAt\n    durationMinutes\n    timeZone\n  }\n": types.WebinarTime_WebinarFragmentDoc,
    "\n  query CertificatePage($slug: String!) {\n    course(slug: $slug) {\n      slug\n      title\n      ...WhatsLeft_course\n    }\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n    myCertificate(courseSlug: $slug) {\n      code\n      ...CertificateView_certificate\n    }\n  }\n": types.CertificatePageDocument,
    "\n  query CoursePage($slug: String!, $signedIn: Boolean!) {\n    course(slug: $slug) {\n      slug\n      title\n      summary\n      hours\n      weeks {\n        number\n        opensAt\n        lessons {\n          id\n          completed\n        }\n        ...WeekSection_week\n      }\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n": types.CoursePageDocument,
    "\n  query DashboardPage($signedIn: Boolean!) {\n    me @include(if: $signedIn) {\n      id\n      name\n    }\n    courses {\n      slug\n      ...CourseIntro_course\n      ...CourseCard_course\n    }\n  }\n": types.DashboardPageDocument,
    "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      minutes\n      weekNumber\n      courseSlug\n      completed\n      next {\n        id\n        weekNumber\n      }\n      ...LessonBody_lesson\n      ...LessonPager_lesson\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        lessons {\n          id\n        }\n        quizzes {\n          id\n          title\n          passed\n        }\n      }\n    }\n  }\n": types.LessonPageDocument,
    "\n  query NotificationsPage {\n    myNotifications {\n      id\n      readAt\n      webinarId\n      ...NotificationItem_notification\n    }\n    courses {\n      slug\n      weeks {\n        number\n        webinars {\n          id\n        }\n      }\n    }\n  }\n": types.NotificationsPageDocument,
    "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment QuizPage_quiz on Quiz {\n    id\n    title\n    courseSlug\n    weekNumber\n    passPercent\n    maxAttempts\n    attemptsUsed\n    passed\n    myAttempts {\n      id\n      submittedAt\n      ...QuizResult_attempt\n    }\n    ...QuizIntro_quiz\n    ...QuizForm_quiz\n    ...QuizResult_quiz\n    ...AttemptHistory_quiz\n  }\n": types.QuizPage_QuizFragmentDoc,
    "\n  query QuizPage($id: ID!) {\n    quiz(id: $id) {\n      id\n      ...QuizPage_quiz\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        quizzes {\n          id\n        }\n      }\n    }\n  }\n": types.QuizPageDocument,
    "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n": types.StartQuizAttemptDocument,
    "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {\n      id\n      ...QuizResult_attempt\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n": types.SubmitQuizAttemptDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  query SettingsPage {\n    me {\n      id\n      name\n      email\n      ...PreferencesForm_user\n      ...YourData_user\n    }\n  }\n": types.SettingsPageDocument,
    "\n  query TeachCourses {\n    courses {\n      slug\n      title\n    }\n  }\n": types.TeachCoursesDocument,
    "\n  query TeachPage($slug: String!) {\n    course(slug: $slug) {\n      slug\n      title\n      weeks {\n        number\n        title\n        isWebinarWeek\n      }\n    }\n    cohorts(courseSlug: $slug) {\n      id\n      selfPaced\n      startsOn\n      ...CohortPicker_cohort\n    }\n    webinars(courseSlug: $slug) {\n      id\n      ...TeachWebinarItem_webinar\n    }\n  }\n": types.TeachPageDocument,
    "\n  mutation ScheduleWebinar($input: WebinarInput!) {\n    scheduleWebinar(input: $input) {\n      id\n      title\n      ...TeachWebinarItem_webinar\n    }\n  }\n": types.ScheduleWebinarDocument,
    "\n  fragment TeachWebinarPage_webinar on Webinar {\n    id\n    courseSlug\n    title\n    description\n    week\n    startsAt\n    durationMinutes\n    timeZone\n    joinUrl\n    recordingUrl\n    capacity\n    seatsTaken\n    cancelledAt\n    ...WebinarTime_webinar\n    ...WebinarQuestions_webinar\n  }\n": types.TeachWebinarPage_WebinarFragmentDoc,
    "\n  query TeachWebinarPage($id: ID!) {\n    webinar(id: $id) {\n      id\n      ...TeachWebinarPage_webinar\n    }\n    webinarRoster(webinarId: $id) {\n      ...AttendanceRoster_entry\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        isWebinarWeek\n      }\n    }\n  }\n": types.TeachWebinarPageDocument,
    "\n  mutation UpdateWebinar($id: ID!, $input: WebinarUpdateInput!) {\n    updateWebinar(id: $id, input: $input) {\n      id\n      ...TeachWebinarPage_webinar\n    }\n  }\n": types.UpdateWebinarDocument,
    "\n  mutation CancelWebinar($id: ID!) {\n    cancelWebinar(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": types.CancelWebinarDocument,
    "\n  query WebinarPage($id: ID!, $slug: String!, $signedIn: Boolean!) {\n    webinar(id: $id) {\n      id\n      courseSlug\n      week\n      title\n      description\n      startsAt\n      durationMinutes\n      cancelledAt\n      joinUrl\n      recordingUrl\n      ...WebinarTime_webinar\n      ...RsvpButton_webinar\n      ...AddToCalendar_webinar\n      ...WebinarQuestions_webinar\n    }\n    course(slug: $slug) {\n      slug\n      title\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n    }\n  }\n": types.WebinarPageDocument,
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
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      country\n      locale\n      timeZone\n      focalPointCountry\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n      role\n      country\n      locale\n      timeZone\n      focalPointCountry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
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
export function graphql(source: "\n  fragment CertificateView_certificate on Certificate {\n    code\n    holderName\n    courseTitle\n    issuedAt\n    pdfUrl\n    credentialUrl\n    verifyUrl\n    revoked\n    revokedAt\n  }\n"): (typeof documents)["\n  fragment CertificateView_certificate on Certificate {\n    code\n    holderName\n    courseTitle\n    issuedAt\n    pdfUrl\n    credentialUrl\n    verifyUrl\n    revoked\n    revokedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WhatsLeft_course on Course {\n    slug\n    weeks {\n      number\n      title\n      isWebinarWeek\n      opensAt\n      lessons {\n        id\n        title\n        completed\n      }\n      quizzes {\n        id\n        title\n        passed\n      }\n      webinars {\n        id\n        title\n        startsAt\n        durationMinutes\n        cancelledAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WhatsLeft_course on Course {\n    slug\n    weeks {\n      number\n      title\n      isWebinarWeek\n      opensAt\n      lessons {\n        id\n        title\n        completed\n      }\n      quizzes {\n        id\n        title\n        passed\n      }\n      webinars {\n        id\n        title\n        startsAt\n        durationMinutes\n        cancelledAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseCard_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      opensAt\n      lessons {\n        id\n        title\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CourseCard_course on Course {\n    slug\n    title\n    summary\n    hours\n    weeks {\n      number\n      title\n      opensAt\n      lessons {\n        id\n        title\n        completed\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment WeekSection_week on Week {\n    number\n    title\n    summary\n    isWebinarWeek\n    opensAt\n    lessons {\n      id\n      ...LessonRow_lesson\n    }\n    quizzes {\n      id\n      ...QuizRow_quiz\n    }\n    webinars {\n      id\n      ...WebinarCard_webinar\n    }\n  }\n"): (typeof documents)["\n  fragment WeekSection_week on Week {\n    number\n    title\n    summary\n    isWebinarWeek\n    opensAt\n    lessons {\n      id\n      ...LessonRow_lesson\n    }\n    quizzes {\n      id\n      ...QuizRow_quiz\n    }\n    webinars {\n      id\n      ...WebinarCard_webinar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($locale: Locale!) {\n    updateMyPreferences(locale: $locale) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($locale: Locale!) {\n    updateMyPreferences(locale: $locale) {\n      id\n      locale\n    }\n  }\n"];
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
export function graphql(source: "\n  query NotificationBell {\n    myNotifications {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query NotificationBell {\n    myNotifications {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    webinarId\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationItem_notification on Notification {\n    id\n    kind\n    title\n    body\n    webinarId\n    createdAt\n    readAt\n  }\n"];
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
export function graphql(source: "\n  mutation CalendarFeedUrl($rotate: Boolean) {\n    calendarFeedUrl(rotate: $rotate)\n  }\n"): (typeof documents)["\n  mutation CalendarFeedUrl($rotate: Boolean) {\n    calendarFeedUrl(rotate: $rotate)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PreferencesForm_user on User {\n    id\n    locale\n    timeZone\n  }\n"): (typeof documents)["\n  fragment PreferencesForm_user on User {\n    id\n    locale\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($locale: Locale, $timeZone: String) {\n    updateMyPreferences(locale: $locale, timeZone: $timeZone) {\n      id\n      locale\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($locale: Locale, $timeZone: String) {\n    updateMyPreferences(locale: $locale, timeZone: $timeZone) {\n      id\n      locale\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YourData_user on User {\n    id\n    deletionRequestedAt\n  }\n"): (typeof documents)["\n  fragment YourData_user on User {\n    id\n    deletionRequestedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyData {\n    myData\n  }\n"): (typeof documents)["\n  query MyData {\n    myData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccountDeletion {\n    requestAccountDeletion\n  }\n"): (typeof documents)["\n  mutation RequestAccountDeletion {\n    requestAccountDeletion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendanceCsv($webinarId: ID!, $csv: String!) {\n    recordAttendanceCsv(webinarId: $webinarId, csv: $csv) {\n      recorded\n      refused\n      rows {\n        line\n        email\n        status\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendanceCsv($webinarId: ID!, $csv: String!) {\n    recordAttendanceCsv(webinarId: $webinarId, csv: $csv) {\n      recorded\n      refused\n      rows {\n        line\n        email\n        status\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceRoster_entry on RosterEntry {\n    user {\n      id\n      name\n      email\n      country\n    }\n    rsvp\n    attended\n    viaRecording\n  }\n"): (typeof documents)["\n  fragment AttendanceRoster_entry on RosterEntry {\n    user {\n      id\n      name\n      email\n      country\n    }\n    rsvp\n    attended\n    viaRecording\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($webinarId: ID!, $userId: ID!, $attended: Boolean!, $viaRecording: Boolean) {\n    recordAttendance(webinarId: $webinarId, userId: $userId, attended: $attended, viaRecording: $viaRecording)\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($webinarId: ID!, $userId: ID!, $attended: Boolean!, $viaRecording: Boolean) {\n    recordAttendance(webinarId: $webinarId, userId: $userId, attended: $attended, viaRecording: $viaRecording)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CohortPicker_cohort on Cohort {\n    id\n    name\n    startsOn\n    timeZone\n    selfPaced\n  }\n"): (typeof documents)["\n  fragment CohortPicker_cohort on Cohort {\n    id\n    name\n    startsOn\n    timeZone\n    selfPaced\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortProgressTable($cohortId: ID!) {\n    cohortProgress(cohortId: $cohortId) {\n      cohort {\n        id\n        name\n        selfPaced\n      }\n      trainees {\n        user {\n          id\n          name\n          email\n          country\n        }\n        percent\n        completed\n        weeks {\n          number\n          percent\n          completed\n        }\n        weeksBehind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CohortProgressTable($cohortId: ID!) {\n    cohortProgress(cohortId: $cohortId) {\n      cohort {\n        id\n        name\n        selfPaced\n      }\n      trainees {\n        user {\n          id\n          name\n          email\n          country\n        }\n        percent\n        completed\n        weeks {\n          number\n          percent\n          completed\n        }\n        weeksBehind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      courseSlug\n      ...CohortPicker_cohort\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCohort($input: CohortInput!) {\n    createCohort(input: $input) {\n      id\n      courseSlug\n      ...CohortPicker_cohort\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeachWebinarItem_webinar on Webinar {\n    id\n    title\n    week\n    startsAt\n    durationMinutes\n    cancelledAt\n    seatsTaken\n    capacity\n    recordingUrl\n    questions {\n      id\n    }\n    ...WebinarTime_webinar\n  }\n"): (typeof documents)["\n  fragment TeachWebinarItem_webinar on Webinar {\n    id\n    title\n    week\n    startsAt\n    durationMinutes\n    cancelledAt\n    seatsTaken\n    capacity\n    recordingUrl\n    questions {\n      id\n    }\n    ...WebinarTime_webinar\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AddToCalendar_webinar on Webinar {\n    id\n    icsUrl\n  }\n"): (typeof documents)["\n  fragment AddToCalendar_webinar on Webinar {\n    id\n    icsUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RsvpButton_webinar on Webinar {\n    id\n    myRsvp\n    seatsTaken\n    capacity\n    cancelledAt\n    startsAt\n    durationMinutes\n  }\n"): (typeof documents)["\n  fragment RsvpButton_webinar on Webinar {\n    id\n    myRsvp\n    seatsTaken\n    capacity\n    cancelledAt\n    startsAt\n    durationMinutes\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RsvpWebinar($webinarId: ID!, $going: Boolean!) {\n    rsvpWebinar(webinarId: $webinarId, going: $going) {\n      id\n      myRsvp\n      seatsTaken\n    }\n  }\n"): (typeof documents)["\n  mutation RsvpWebinar($webinarId: ID!, $going: Boolean!) {\n    rsvpWebinar(webinarId: $webinarId, going: $going) {\n      id\n      myRsvp\n      seatsTaken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebinarCard_webinar on Webinar {\n    id\n    courseSlug\n    title\n    startsAt\n    durationMinutes\n    cancelledAt\n    myRsvp\n    recordingUrl\n    ...WebinarTime_webinar\n  }\n"): (typeof documents)["\n  fragment WebinarCard_webinar on Webinar {\n    id\n    courseSlug\n    title\n    startsAt\n    durationMinutes\n    cancelledAt\n    myRsvp\n    recordingUrl\n    ...WebinarTime_webinar\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebinarQuestions_webinar on Webinar {\n    id\n    startsAt\n    durationMinutes\n    cancelledAt\n    questions {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment WebinarQuestions_webinar on Webinar {\n    id\n    startsAt\n    durationMinutes\n    cancelledAt\n    questions {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskWebinarQuestion($webinarId: ID!, $text: String!) {\n    askWebinarQuestion(webinarId: $webinarId, text: $text) {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation AskWebinarQuestion($webinarId: ID!, $text: String!) {\n    askWebinarQuestion(webinarId: $webinarId, text: $text) {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteWebinarQuestion($questionId: ID!, $up: Boolean!) {\n    voteWebinarQuestion(questionId: $questionId, up: $up) {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation VoteWebinarQuestion($questionId: ID!, $up: Boolean!) {\n    voteWebinarQuestion(questionId: $questionId, up: $up) {\n      id\n      text\n      votes\n      votedByMe\n      mine\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebinarTime_webinar on Webinar {\n    startsAt\n    durationMinutes\n    timeZone\n  }\n"): (typeof documents)["\n  fragment WebinarTime_webinar on Webinar {\n    startsAt\n    durationMinutes\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificatePage($slug: String!) {\n    course(slug: $slug) {\n      slug\n      title\n      ...WhatsLeft_course\n    }\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n    myCertificate(courseSlug: $slug) {\n      code\n      ...CertificateView_certificate\n    }\n  }\n"): (typeof documents)["\n  query CertificatePage($slug: String!) {\n    course(slug: $slug) {\n      slug\n      title\n      ...WhatsLeft_course\n    }\n    myProgress(courseSlug: $slug) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n    myCertificate(courseSlug: $slug) {\n      code\n      ...CertificateView_certificate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoursePage($slug: String!, $signedIn: Boolean!) {\n    course(slug: $slug) {\n      slug\n      title\n      summary\n      hours\n      weeks {\n        number\n        opensAt\n        lessons {\n          id\n          completed\n        }\n        ...WeekSection_week\n      }\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoursePage($slug: String!, $signedIn: Boolean!) {\n    course(slug: $slug) {\n      slug\n      title\n      summary\n      hours\n      weeks {\n        number\n        opensAt\n        lessons {\n          id\n          completed\n        }\n        ...WeekSection_week\n      }\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n      percent\n      completed\n      weeks {\n        number\n        percent\n        completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardPage($signedIn: Boolean!) {\n    me @include(if: $signedIn) {\n      id\n      name\n    }\n    courses {\n      slug\n      ...CourseIntro_course\n      ...CourseCard_course\n    }\n  }\n"): (typeof documents)["\n  query DashboardPage($signedIn: Boolean!) {\n    me @include(if: $signedIn) {\n      id\n      name\n    }\n    courses {\n      slug\n      ...CourseIntro_course\n      ...CourseCard_course\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      minutes\n      weekNumber\n      courseSlug\n      completed\n      next {\n        id\n        weekNumber\n      }\n      ...LessonBody_lesson\n      ...LessonPager_lesson\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        lessons {\n          id\n        }\n        quizzes {\n          id\n          title\n          passed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      minutes\n      weekNumber\n      courseSlug\n      completed\n      next {\n        id\n        weekNumber\n      }\n      ...LessonBody_lesson\n      ...LessonPager_lesson\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        lessons {\n          id\n        }\n        quizzes {\n          id\n          title\n          passed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationsPage {\n    myNotifications {\n      id\n      readAt\n      webinarId\n      ...NotificationItem_notification\n    }\n    courses {\n      slug\n      weeks {\n        number\n        webinars {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NotificationsPage {\n    myNotifications {\n      id\n      readAt\n      webinarId\n      ...NotificationItem_notification\n    }\n    courses {\n      slug\n      weeks {\n        number\n        webinars {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead {\n    markNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuizPage_quiz on Quiz {\n    id\n    title\n    courseSlug\n    weekNumber\n    passPercent\n    maxAttempts\n    attemptsUsed\n    passed\n    myAttempts {\n      id\n      submittedAt\n      ...QuizResult_attempt\n    }\n    ...QuizIntro_quiz\n    ...QuizForm_quiz\n    ...QuizResult_quiz\n    ...AttemptHistory_quiz\n  }\n"): (typeof documents)["\n  fragment QuizPage_quiz on Quiz {\n    id\n    title\n    courseSlug\n    weekNumber\n    passPercent\n    maxAttempts\n    attemptsUsed\n    passed\n    myAttempts {\n      id\n      submittedAt\n      ...QuizResult_attempt\n    }\n    ...QuizIntro_quiz\n    ...QuizForm_quiz\n    ...QuizResult_quiz\n    ...AttemptHistory_quiz\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuizPage($id: ID!) {\n    quiz(id: $id) {\n      id\n      ...QuizPage_quiz\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        quizzes {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query QuizPage($id: ID!) {\n    quiz(id: $id) {\n      id\n      ...QuizPage_quiz\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        quizzes {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartQuizAttempt($quizId: ID!) {\n    startQuizAttempt(quizId: $quizId) {\n      id\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {\n      id\n      ...QuizResult_attempt\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitQuizAttempt($attemptId: ID!, $answers: [AnswerInput!]!) {\n    submitQuizAttempt(attemptId: $attemptId, answers: $answers) {\n      id\n      ...QuizResult_attempt\n      quiz {\n        id\n        ...QuizPage_quiz\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettingsPage {\n    me {\n      id\n      name\n      email\n      ...PreferencesForm_user\n      ...YourData_user\n    }\n  }\n"): (typeof documents)["\n  query SettingsPage {\n    me {\n      id\n      name\n      email\n      ...PreferencesForm_user\n      ...YourData_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeachCourses {\n    courses {\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query TeachCourses {\n    courses {\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeachPage($slug: String!) {\n    course(slug: $slug) {\n      slug\n      title\n      weeks {\n        number\n        title\n        isWebinarWeek\n      }\n    }\n    cohorts(courseSlug: $slug) {\n      id\n      selfPaced\n      startsOn\n      ...CohortPicker_cohort\n    }\n    webinars(courseSlug: $slug) {\n      id\n      ...TeachWebinarItem_webinar\n    }\n  }\n"): (typeof documents)["\n  query TeachPage($slug: String!) {\n    course(slug: $slug) {\n      slug\n      title\n      weeks {\n        number\n        title\n        isWebinarWeek\n      }\n    }\n    cohorts(courseSlug: $slug) {\n      id\n      selfPaced\n      startsOn\n      ...CohortPicker_cohort\n    }\n    webinars(courseSlug: $slug) {\n      id\n      ...TeachWebinarItem_webinar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleWebinar($input: WebinarInput!) {\n    scheduleWebinar(input: $input) {\n      id\n      title\n      ...TeachWebinarItem_webinar\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleWebinar($input: WebinarInput!) {\n    scheduleWebinar(input: $input) {\n      id\n      title\n      ...TeachWebinarItem_webinar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeachWebinarPage_webinar on Webinar {\n    id\n    courseSlug\n    title\n    description\n    week\n    startsAt\n    durationMinutes\n    timeZone\n    joinUrl\n    recordingUrl\n    capacity\n    seatsTaken\n    cancelledAt\n    ...WebinarTime_webinar\n    ...WebinarQuestions_webinar\n  }\n"): (typeof documents)["\n  fragment TeachWebinarPage_webinar on Webinar {\n    id\n    courseSlug\n    title\n    description\n    week\n    startsAt\n    durationMinutes\n    timeZone\n    joinUrl\n    recordingUrl\n    capacity\n    seatsTaken\n    cancelledAt\n    ...WebinarTime_webinar\n    ...WebinarQuestions_webinar\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeachWebinarPage($id: ID!) {\n    webinar(id: $id) {\n      id\n      ...TeachWebinarPage_webinar\n    }\n    webinarRoster(webinarId: $id) {\n      ...AttendanceRoster_entry\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        isWebinarWeek\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeachWebinarPage($id: ID!) {\n    webinar(id: $id) {\n      id\n      ...TeachWebinarPage_webinar\n    }\n    webinarRoster(webinarId: $id) {\n      ...AttendanceRoster_entry\n    }\n    courses {\n      slug\n      title\n      weeks {\n        number\n        title\n        isWebinarWeek\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWebinar($id: ID!, $input: WebinarUpdateInput!) {\n    updateWebinar(id: $id, input: $input) {\n      id\n      ...TeachWebinarPage_webinar\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWebinar($id: ID!, $input: WebinarUpdateInput!) {\n    updateWebinar(id: $id, input: $input) {\n      id\n      ...TeachWebinarPage_webinar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelWebinar($id: ID!) {\n    cancelWebinar(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelWebinar($id: ID!) {\n    cancelWebinar(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebinarPage($id: ID!, $slug: String!, $signedIn: Boolean!) {\n    webinar(id: $id) {\n      id\n      courseSlug\n      week\n      title\n      description\n      startsAt\n      durationMinutes\n      cancelledAt\n      joinUrl\n      recordingUrl\n      ...WebinarTime_webinar\n      ...RsvpButton_webinar\n      ...AddToCalendar_webinar\n      ...WebinarQuestions_webinar\n    }\n    course(slug: $slug) {\n      slug\n      title\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n    }\n  }\n"): (typeof documents)["\n  query WebinarPage($id: ID!, $slug: String!, $signedIn: Boolean!) {\n    webinar(id: $id) {\n      id\n      courseSlug\n      week\n      title\n      description\n      startsAt\n      durationMinutes\n      cancelledAt\n      joinUrl\n      recordingUrl\n      ...WebinarTime_webinar\n      ...RsvpButton_webinar\n      ...AddToCalendar_webinar\n      ...WebinarQuestions_webinar\n    }\n    course(slug: $slug) {\n      slug\n      title\n    }\n    myProgress(courseSlug: $slug) @include(if: $signedIn) {\n      courseSlug\n      enrolled\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;