import { graphql } from '../../gql';

/** Enrolling is idempotent on the server; the returned progress refreshes every view of it. */
export const EnrollDocument = graphql(`
  mutation Enroll($courseSlug: String!) {
    enroll(courseSlug: $courseSlug) {
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
  }
`);
