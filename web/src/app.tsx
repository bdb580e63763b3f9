import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useLocation } from './routing/router';
import { AppLayout } from './features/layout/app-layout';
import { PrerenderedLesson } from './features/lessons/prerendered-lesson';
import { NotFoundPage } from './routes/lazy-not-found-page';
import { loadStaffStrings } from './i18n/i18n';
import { Loading } from './ui/loading';

/** A staff page waits for the staff pages' strings, which a trainee never downloads. */
function withStaffStrings<T>(page: Promise<T>): Promise<T> {
  return Promise.all([page, loadStaffStrings()]).then(([module]) => module);
}

// Each page is its own chunk: a visitor reading one lesson does not download the quiz.
const DashboardPage = lazy(() => import('./routes/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const SignInPage = lazy(() => import('./routes/sign-in-page').then((m) => ({ default: m.SignInPage })));
const SignUpPage = lazy(() => import('./routes/sign-up-page').then((m) => ({ default: m.SignUpPage })));
const CoursePage = lazy(() => import('./routes/course-page').then((m) => ({ default: m.CoursePage })));
const LessonPage = lazy(() => import('./routes/lesson-page').then((m) => ({ default: m.LessonPage })));
const QuizPage = lazy(() => import('./routes/quiz-page').then((m) => ({ default: m.QuizPage })));
const CertificatePage = lazy(() => import('./routes/certificate-page').then((m) => ({ default: m.CertificatePage })));
const WebinarPage = lazy(() => import('./routes/webinar-page').then((m) => ({ default: m.WebinarPage })));
const SettingsPage = lazy(() => import('./routes/settings-page').then((m) => ({ default: m.SettingsPage })));
const NotificationsPage = lazy(() => import('./routes/notifications-page').then((m) => ({ default: m.NotificationsPage })));
const TeachPage = lazy(() => withStaffStrings(import('./routes/teach-page')).then((m) => ({ default: m.TeachPage })));
const TeachWebinarPage = lazy(() => withStaffStrings(import('./routes/teach-webinar-page')).then((m) => ({ default: m.TeachWebinarPage })));
const ResetPasswordPage = lazy(() => import('./routes/reset-password-page').then((m) => ({ default: m.ResetPasswordPage })));
// The admin area, its frame included, is never part of a learner's download.
const AdminLayout = lazy(() => withStaffStrings(import('./features/admin/admin-layout')).then((m) => ({ default: m.AdminLayout })));
const AdminDashboardPage = lazy(() => withStaffStrings(import('./routes/admin-dashboard-page')).then((m) => ({ default: m.AdminDashboardPage })));
const AdminUsersPage = lazy(() => withStaffStrings(import('./routes/admin-users-page')).then((m) => ({ default: m.AdminUsersPage })));
const AdminAuditPage = lazy(() => withStaffStrings(import('./routes/admin-audit-page')).then((m) => ({ default: m.AdminAuditPage })));
const AdminCertificatesPage = lazy(() => withStaffStrings(import('./routes/admin-certificates-page')).then((m) => ({ default: m.AdminCertificatesPage })));

export function App() {
  useResetViewOnNavigate();
  const { t } = useTranslation();
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<DashboardPage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="signup" element={<SignUpPage />} />
        <Route path="courses/:slug" element={<CoursePage />} />
        {/* While the lesson's code arrives, the lesson the server put in the page stays on screen. */}
        <Route
          path="lessons/:id"
          element={
            <Suspense fallback={<PrerenderedLesson fallback={<Loading label={t('common.loading')} />} />}>
              <LessonPage />
            </Suspense>
          }
        />
        <Route path="quizzes/:id" element={<QuizPage />} />
        <Route path="courses/:slug/certificate" element={<CertificatePage />} />
        <Route path="courses/:slug/webinars/:id" element={<WebinarPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="notifications" element={<NotificationsPage />} />
        <Route path="teach" element={<TeachPage />} />
        <Route path="teach/webinars/:id" element={<TeachWebinarPage />} />
        <Route path="reset-password" element={<ResetPasswordPage />} />
        <Route path="admin" element={<AdminLayout />}>
          <Route index element={<AdminDashboardPage />} />
          <Route path="users" element={<AdminUsersPage />} />
          <Route path="audit" element={<AdminAuditPage />} />
          <Route path="certificates" element={<AdminCertificatesPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** A new page starts at its top, and keyboard and screen reader users start in its main content. */
function useResetViewOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}
