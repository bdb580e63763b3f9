import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from '../routing/router';
import { SignInRequired } from '../features/auth/sign-in-links';
import { errorCode } from '../apollo/errors';
import { useAuth } from '../features/auth/auth-context';
import { CertificateView } from '../features/certificates/certificate-view';
import { WhatsLeft } from '../features/certificates/whats-left';
import { EnrollPanel } from '../features/courses/enroll-panel';
import { graphql } from '../gql';
import { Loading } from '../ui/loading';
import { ProblemMessage } from '../ui/problem-message';
import { ProgressBar } from '../ui/progress-bar';
import { useDocumentTitle } from '../ui/use-document-title';
import { NotFoundPage } from './not-found-page';

const CertificatePageQuery = graphql(`
  query CertificatePage($slug: String!) {
    course(slug: $slug) {
      slug
      title
      ...WhatsLeft_course
    }
    myProgress(courseSlug: $slug) {
      courseSlug
      enrolled
      percent
      completed
      weeks {
        number
        percent
        completed
      }
    }
    myCertificate(courseSlug: $slug) {
      code
      ...CertificateView_certificate
    }
  }
`);

/** The certificate once the course is complete; until then, what is left to earn it. */
export function CertificatePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const { data, loading, error, refetch } = useQuery(CertificatePageQuery, { variables: { slug }, skip: !signedIn, errorPolicy: 'all' });
  const course = data?.course;
  const certificate = data?.myCertificate;
  const progress = data?.myProgress;
  useDocumentTitle(certificate ? t('certificate.title') : t('certificate.left.pageTitle'));

  if (!signedIn) {
    return <SignInRequired id="certificate-signin-title" title={t('certificate.title')} message={t('certificate.signInRequired')} />;
  }

  if (!course) {
    if (loading) return <Loading label={t('common.loading')} />;
    if (error && errorCode(error) !== 'NOT_FOUND') return <ProblemMessage error={error} onRetry={() => void refetch()} />;
    return <NotFoundPage />;
  }

  return (
    <article className="certificate-page" aria-labelledby="certificate-page-title">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <ol>
          <li>
            <Link to={`/courses/${course.slug}`}>{course.title}</Link>
          </li>
          <li aria-current="page">{certificate ? t('certificate.title') : t('certificate.left.pageTitle')}</li>
        </ol>
      </nav>
      <header className="page-hero">
        <p className="eyebrow">{course.title}</p>
        <h1 id="certificate-page-title">{certificate ? t('certificate.title') : t('certificate.left.pageTitle')}</h1>
        <p className="page-hero__lead">{certificate ? t('certificate.lead') : t('certificate.left.lead')}</p>
      </header>

      {error && !certificate && <ProblemMessage error={error} onRetry={() => void refetch()} />}

      {certificate ? (
        <CertificateView certificate={certificate} />
      ) : (
        <>
          {progress && !progress.enrolled && <EnrollPanel courseSlug={course.slug} />}
          {progress?.enrolled && (
            <section className="card overall-progress" aria-labelledby="certificate-progress-title">
              <div className="overall-progress__text">
                <h2 id="certificate-progress-title">{t('course.yourProgress')}</h2>
                <p className="muted">{progress.completed ? t('certificate.issuing') : t('course.progressLead')}</p>
              </div>
              <ProgressBar value={progress.percent} label={t('course.overallProgress')} size="large" />
            </section>
          )}
          <WhatsLeft course={course} standings={progress?.weeks ?? []} />
        </>
      )}
    </article>
  );
}
