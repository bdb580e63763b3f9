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
    "\n  fragment AuditTable_entry on AuditEntry {\n    id\n    at\n    action\n    actorId\n    targetId\n    details\n    ip\n  }\n": typeof types.AuditTable_EntryFragmentDoc,
    "\n  query CohortFilter($slug: String!) {\n    cohorts(courseSlug: $slug) {\n      id\n      name\n      startsOn\n      selfPaced\n    }\n  }\n": typeof types.CohortFilterDocument,
    "\n  fragment CompletionTable_report on CompletionReport {\n    enrolled\n    rows {\n      user {\n        id\n        name\n        email\n        country\n      }\n      percent\n      completedAt\n      certificateCode\n      cohortName\n      cohortSelfPaced\n    }\n  }\n": typeof types.CompletionTable_ReportFragmentDoc,
    "\n  fragment CompletionTotals_dashboard on CompletionDashboard {\n    byCountry {\n      country\n      enrolled\n      completed\n    }\n    certificatesIssued\n    certificatesRevoked\n  }\n": typeof types.CompletionTotals_DashboardFragmentDoc,
    "\n  fragment CountryChart_dashboard on CompletionDashboard {\n    byCountry {\n      country\n      enrolled\n      completed\n    }\n  }\n": typeof types.CountryChart_DashboardFragmentDoc,
    "\n  mutation InviteUsers($csv: String!) {\n    inviteUsers(csv: $csv) {\n      invited\n      refused\n      rows {\n        line\n        email\n        status\n        reason\n        link\n      }\n    }\n  }\n": typeof types.InviteUsersDocument,
    "\n  query CertificateToRevoke($code: String!) {\n    verifyCertificate(code: $code) {\n      status\n      holderName\n      courseTitle\n      issuedAt\n      revoked\n    }\n  }\n": typeof types.CertificateToRevokeDocument,
    "\n  mutation RevokeCertificate($code: String!, $reason: String!) {\n    revokeCertificate(code: $code, reason: $reason) {\n      code\n      holderName\n      courseTitle\n      revoked\n      revokedAt\n      revokedReason\n      verifyUrl\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  fragment UpcomingWebinars_dashboard on CompletionDashboard {\n    upcomingWebinars {\n      id\n      title\n      week\n      ...WebinarTime_webinar\n    }\n  }\n": typeof types.UpcomingWebinars_DashboardFragmentDoc,
    "\n  fragment UserActions_user on User {\n    id\n    name\n    email\n    role\n    country\n    focalPointCountry\n    deactivatedAt\n    deletionRequestedAt\n  }\n": typeof types.UserActions_UserFragmentDoc,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation SetFocalPoint($userId: ID!, $country: String) {\n    setFocalPoint(userId: $userId, country: $country) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n": typeof types.SetFocalPointDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n": typeof types.SetUserActiveDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId)\n  }\n": typeof types.CreatePasswordResetLinkDocument,
    "\n  mutation AnonymiseUser($userId: ID!) {\n    anonymiseUser(userId: $userId) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n": typeof types.AnonymiseUserDocument,
    "\n  fragment UserTable_user on User {\n    id\n    name\n    email\n    role\n    country\n    post\n    focalPointCountry\n    deactivatedAt\n    deletionRequestedAt\n    createdAt\n  }\n": typeof types.UserTable_UserFragmentDoc,
    "\n  fragment WeekStops_dashboard on CompletionDashboard {\n    byWeek {\n      week\n      completed\n      stoppedHere\n    }\n  }\n": typeof types.WeekStops_DashboardFragmentDoc,
    "\n  fragment WebinarTime_webinar on Webinar {\n    startsAt\n    durationMinutes\n    timeZone\n  }\n": typeof types.WebinarTime_WebinarFragmentDoc,
    "\n  query AdminAuditPage($action: String, $before: DateTime, $limit: Int!) {\n    auditLog(action: $action, before: $before, limit: $limit) {\n      id\n      at\n      ...AuditTable_entry\n    }\n  }\n": typeof types.AdminAuditPageDocument,
    "\n  query AdminDashboardCourses {\n    courses {\n      slug\n      title\n    }\n  }\n": typeof types.AdminDashboardCoursesDocument,
    "\n  query AdminDashboardPage($slug: String!, $country: String, $cohortId: ID, $offset: Int!, $limit: Int!) {\n    course(slug: $slug) {\n      slug\n      title\n      weeks {\n        number\n        title\n      }\n    }\n    completionDashboard(courseSlug: $slug, country: $country) {\n      courseSlug\n      ...CompletionTotals_dashboard\n      ...CountryChart_dashboard\n      ...WeekStops_dashboard\n      ...UpcomingWebinars_dashboard\n    }\n    completionReport(courseSlug: $slug, country: $country, cohortId: $cohortId, offset: $offset, limit: $limit) {\n      courseSlug\n      ...CompletionTable_report\n    }\n  }\n": typeof types.AdminDashboardPageDocument,
    "\n  query AdminUsersPage($filter: UserFilter, $offset: Int!, $limit: Int!) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ...UserTable_user\n        ...UserActions_user\n      }\n    }\n    courses {\n      slug\n      title\n    }\n  }\n": typeof types.AdminUsersPageDocument,
};
const documents: Documents = {
    "\n  fragment AuditTable_entry on AuditEntry {\n    id\n    at\n    action\n    actorId\n    targetId\n    details\n    ip\n  }\n": types.AuditTable_EntryFragmentDoc,
    "\n  query CohortFilter($slug: String!) {\n    cohorts(courseSlug: $slug) {\n      id\n      name\n      startsOn\n      selfPaced\n    }\n  }\n": types.CohortFilterDocument,
    "\n  fragment CompletionTable_report on CompletionReport {\n    enrolled\n    rows {\n      user {\n        id\n        name\n        email\n        country\n      }\n      percent\n      completedAt\n      certificateCode\n      cohortName\n      cohortSelfPaced\n    }\n  }\n": types.CompletionTable_ReportFragmentDoc,
    "\n  fragment CompletionTotals_dashboard on CompletionDashboard {\n    byCountry {\n      country\n      enrolled\n      completed\n    }\n    certificatesIssued\n    certificatesRevoked\n  }\n": types.CompletionTotals_DashboardFragmentDoc,
    "\n  fragment CountryChart_dashboard on CompletionDashboard {\n    byCountry {\n      country\n      enrolled\n      completed\n    }\n  }\n": types.CountryChart_DashboardFragmentDoc,
    "\n  mutation InviteUsers($csv: String!) {\n    inviteUsers(csv: $csv) {\n      invited\n      refused\n      rows {\n        line\n        email\n        status\n        reason\n        link\n      }\n    }\n  }\n": types.InviteUsersDocument,
    "\n  query CertificateToRevoke($code: String!) {\n    verifyCertificate(code: $code) {\n      status\n      holderName\n      courseTitle\n      issuedAt\n      revoked\n    }\n  }\n": types.CertificateToRevokeDocument,
    "\n  mutation RevokeCertificate($code: String!, $reason: String!) {\n    revokeCertificate(code: $code, reason: $reason) {\n      code\n      holderName\n      courseTitle\n      revoked\n      revokedAt\n      revokedReason\n      verifyUrl\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  fragment UpcomingWebinars_dashboard on CompletionDashboard {\n    upcomingWebinars {\n      id\n      title\n      week\n      ...WebinarTime_webinar\n    }\n  }\n": types.UpcomingWebinars_DashboardFragmentDoc,
    "\n  fragment UserActions_user on User {\n    id\n    name\n    email\n    role\n    country\n    focalPointCountry\n    deactivatedAt\n    deletionRequestedAt\n  }\n": types.UserActions_UserFragmentDoc,
    "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation SetFocalPoint($userId: ID!, $country: String) {\n    setFocalPoint(userId: $userId, country: $country) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n": types.SetFocalPointDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n": types.SetUserActiveDocument,
    "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId)\n  }\n": types.CreatePasswordResetLinkDocument,
    "\n  mutation AnonymiseUser($userId: ID!) {\n    anonymiseUser(userId: $userId) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n": types.AnonymiseUserDocument,
    "\n  fragment UserTable_user on User {\n    id\n    name\n    email\n    role\n    country\n    post\n    focalPointCountry\n    deactivatedAt\n    deletionRequestedAt\n    createdAt\n  }\n": types.UserTable_UserFragmentDoc,
    "\n  fragment WeekStops_dashboard on CompletionDashboard {\n    byWeek {\n      week\n      completed\n      stoppedHere\n    }\n  }\n": types.WeekStops_DashboardFragmentDoc,
    "\n  fragment WebinarTime_webinar on Webinar {\n    startsAt\n    durationMinutes\n    timeZone\n  }\n": types.WebinarTime_WebinarFragmentDoc,
    "\n  query AdminAuditPage($action: String, $before: DateTime, $limit: Int!) {\n    auditLog(action: $action, before: $before, limit: $limit) {\n      id\n      at\n      ...AuditTable_entry\n    }\n  }\n": types.AdminAuditPageDocument,
    "\n  query AdminDashboardCourses {\n    courses {\n      slug\n      title\n    }\n  }\n": types.AdminDashboardCoursesDocument,
    "\n  query AdminDashboardPage($slug: String!, $country: String, $cohortId: ID, $offset: Int!, $limit: Int!) {\n    course(slug: $slug) {\n      slug\n      title\n      weeks {\n        number\n        title\n      }\n    }\n    completionDashboard(courseSlug: $slug, country: $country) {\n      courseSlug\n      ...CompletionTotals_dashboard\n      ...CountryChart_dashboard\n      ...WeekStops_dashboard\n      ...UpcomingWebinars_dashboard\n    }\n    completionReport(courseSlug: $slug, country: $country, cohortId: $cohortId, offset: $offset, limit: $limit) {\n      courseSlug\n      ...CompletionTable_report\n    }\n  }\n": types.AdminDashboardPageDocument,
    "\n  query AdminUsersPage($filter: UserFilter, $offset: Int!, $limit: Int!) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ...UserTable_user\n        ...UserActions_user\n      }\n    }\n    courses {\n      slug\n      title\n    }\n  }\n": types.AdminUsersPageDocument,
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
export function graphql(source: "\n  fragment AuditTable_entry on AuditEntry {\n    id\n    at\n    action\n    actorId\n    targetId\n    details\n    ip\n  }\n"): (typeof documents)["\n  fragment AuditTable_entry on AuditEntry {\n    id\n    at\n    action\n    actorId\n    targetId\n    details\n    ip\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CohortFilter($slug: String!) {\n    cohorts(courseSlug: $slug) {\n      id\n      name\n      startsOn\n      selfPaced\n    }\n  }\n"): (typeof documents)["\n  query CohortFilter($slug: String!) {\n    cohorts(courseSlug: $slug) {\n      id\n      name\n      startsOn\n      selfPaced\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletionTable_report on CompletionReport {\n    enrolled\n    rows {\n      user {\n        id\n        name\n        email\n        country\n      }\n      percent\n      completedAt\n      certificateCode\n      cohortName\n      cohortSelfPaced\n    }\n  }\n"): (typeof documents)["\n  fragment CompletionTable_report on CompletionReport {\n    enrolled\n    rows {\n      user {\n        id\n        name\n        email\n        country\n      }\n      percent\n      completedAt\n      certificateCode\n      cohortName\n      cohortSelfPaced\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompletionTotals_dashboard on CompletionDashboard {\n    byCountry {\n      country\n      enrolled\n      completed\n    }\n    certificatesIssued\n    certificatesRevoked\n  }\n"): (typeof documents)["\n  fragment CompletionTotals_dashboard on CompletionDashboard {\n    byCountry {\n      country\n      enrolled\n      completed\n    }\n    certificatesIssued\n    certificatesRevoked\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CountryChart_dashboard on CompletionDashboard {\n    byCountry {\n      country\n      enrolled\n      completed\n    }\n  }\n"): (typeof documents)["\n  fragment CountryChart_dashboard on CompletionDashboard {\n    byCountry {\n      country\n      enrolled\n      completed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUsers($csv: String!) {\n    inviteUsers(csv: $csv) {\n      invited\n      refused\n      rows {\n        line\n        email\n        status\n        reason\n        link\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUsers($csv: String!) {\n    inviteUsers(csv: $csv) {\n      invited\n      refused\n      rows {\n        line\n        email\n        status\n        reason\n        link\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateToRevoke($code: String!) {\n    verifyCertificate(code: $code) {\n      status\n      holderName\n      courseTitle\n      issuedAt\n      revoked\n    }\n  }\n"): (typeof documents)["\n  query CertificateToRevoke($code: String!) {\n    verifyCertificate(code: $code) {\n      status\n      holderName\n      courseTitle\n      issuedAt\n      revoked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($code: String!, $reason: String!) {\n    revokeCertificate(code: $code, reason: $reason) {\n      code\n      holderName\n      courseTitle\n      revoked\n      revokedAt\n      revokedReason\n      verifyUrl\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCertificate($code: String!, $reason: String!) {\n    revokeCertificate(code: $code, reason: $reason) {\n      code\n      holderName\n      courseTitle\n      revoked\n      revokedAt\n      revokedReason\n      verifyUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpcomingWebinars_dashboard on CompletionDashboard {\n    upcomingWebinars {\n      id\n      title\n      week\n      ...WebinarTime_webinar\n    }\n  }\n"): (typeof documents)["\n  fragment UpcomingWebinars_dashboard on CompletionDashboard {\n    upcomingWebinars {\n      id\n      title\n      week\n      ...WebinarTime_webinar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserActions_user on User {\n    id\n    name\n    email\n    role\n    country\n    focalPointCountry\n    deactivatedAt\n    deletionRequestedAt\n  }\n"): (typeof documents)["\n  fragment UserActions_user on User {\n    id\n    name\n    email\n    role\n    country\n    focalPointCountry\n    deactivatedAt\n    deletionRequestedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($userId: ID!, $role: Role!) {\n    setUserRole(userId: $userId, role: $role) {\n      id\n      role\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFocalPoint($userId: ID!, $country: String) {\n    setFocalPoint(userId: $userId, country: $country) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation SetFocalPoint($userId: ID!, $country: String) {\n    setFocalPoint(userId: $userId, country: $country) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation CreatePasswordResetLink($userId: ID!) {\n    createPasswordResetLink(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymiseUser($userId: ID!) {\n    anonymiseUser(userId: $userId) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n"): (typeof documents)["\n  mutation AnonymiseUser($userId: ID!) {\n    anonymiseUser(userId: $userId) {\n      id\n      ...UserActions_user\n      ...UserTable_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserTable_user on User {\n    id\n    name\n    email\n    role\n    country\n    post\n    focalPointCountry\n    deactivatedAt\n    deletionRequestedAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment UserTable_user on User {\n    id\n    name\n    email\n    role\n    country\n    post\n    focalPointCountry\n    deactivatedAt\n    deletionRequestedAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeekStops_dashboard on CompletionDashboard {\n    byWeek {\n      week\n      completed\n      stoppedHere\n    }\n  }\n"): (typeof documents)["\n  fragment WeekStops_dashboard on CompletionDashboard {\n    byWeek {\n      week\n      completed\n      stoppedHere\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WebinarTime_webinar on Webinar {\n    startsAt\n    durationMinutes\n    timeZone\n  }\n"): (typeof documents)["\n  fragment WebinarTime_webinar on Webinar {\n    startsAt\n    durationMinutes\n    timeZone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditPage($action: String, $before: DateTime, $limit: Int!) {\n    auditLog(action: $action, before: $before, limit: $limit) {\n      id\n      at\n      ...AuditTable_entry\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditPage($action: String, $before: DateTime, $limit: Int!) {\n    auditLog(action: $action, before: $before, limit: $limit) {\n      id\n      at\n      ...AuditTable_entry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboardCourses {\n    courses {\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboardCourses {\n    courses {\n      slug\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDashboardPage($slug: String!, $country: String, $cohortId: ID, $offset: Int!, $limit: Int!) {\n    course(slug: $slug) {\n      slug\n      title\n      weeks {\n        number\n        title\n      }\n    }\n    completionDashboard(courseSlug: $slug, country: $country) {\n      courseSlug\n      ...CompletionTotals_dashboard\n      ...CountryChart_dashboard\n      ...WeekStops_dashboard\n      ...UpcomingWebinars_dashboard\n    }\n    completionReport(courseSlug: $slug, country: $country, cohortId: $cohortId, offset: $offset, limit: $limit) {\n      courseSlug\n      ...CompletionTable_report\n    }\n  }\n"): (typeof documents)["\n  query AdminDashboardPage($slug: String!, $country: String, $cohortId: ID, $offset: Int!, $limit: Int!) {\n    course(slug: $slug) {\n      slug\n      title\n      weeks {\n        number\n        title\n      }\n    }\n    completionDashboard(courseSlug: $slug, country: $country) {\n      courseSlug\n      ...CompletionTotals_dashboard\n      ...CountryChart_dashboard\n      ...WeekStops_dashboard\n      ...UpcomingWebinars_dashboard\n    }\n    completionReport(courseSlug: $slug, country: $country, cohortId: $cohortId, offset: $offset, limit: $limit) {\n      courseSlug\n      ...CompletionTable_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsersPage($filter: UserFilter, $offset: Int!, $limit: Int!) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ...UserTable_user\n        ...UserActions_user\n      }\n    }\n    courses {\n      slug\n      title\n    }\n  }\n"): (typeof documents)["\n  query AdminUsersPage($filter: UserFilter, $offset: Int!, $limit: Int!) {\n    users(filter: $filter, offset: $offset, limit: $limit) {\n      total\n      items {\n        id\n        ...UserTable_user\n        ...UserActions_user\n      }\n    }\n    courses {\n      slug\n      title\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;