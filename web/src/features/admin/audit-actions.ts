/** The actions the server records, with the UI string naming each; an action added later still shows, by its code. */
export const AUDIT_ACTION_LABELS = {
  'user.role': 'admin.audit.actions.userRole',
  'user.focal-point': 'admin.audit.actions.userFocalPoint',
  'user.deactivate': 'admin.audit.actions.userDeactivate',
  'user.reactivate': 'admin.audit.actions.userReactivate',
  'user.password-reset-link': 'admin.audit.actions.userPasswordResetLink',
  'user.invite': 'admin.audit.actions.userInvite',
  'user.anonymise': 'admin.audit.actions.userAnonymise',
  'certificate.revoke': 'admin.audit.actions.certificateRevoke',
  'attendance.record': 'admin.audit.actions.attendanceRecord',
  'attendance.import': 'admin.audit.actions.attendanceImport',
  'report.export': 'admin.audit.actions.reportExport',
  'report.read': 'admin.audit.actions.reportRead',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTION_LABELS;

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as AuditAction[];

export function isAuditAction(value: string | null | undefined): value is AuditAction {
  return typeof value === 'string' && Object.hasOwn(AUDIT_ACTION_LABELS, value);
}

/**
 * An entry's details (JSON) as "key: value" pairs, one per line; anything else, as it came.
 * Empty details read as nothing.
 */
export function readableDetails(details: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return [details];
  }
  if (parsed === null) return [];
  if (typeof parsed !== 'object' || Array.isArray(parsed)) return [details];
  return Object.entries(parsed).map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
}
