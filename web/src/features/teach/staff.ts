/** Instructors and admins see the teaching area; the server checks the role on every request anyway. */
export function isStaff(role: string | null | undefined): boolean {
  return role === 'INSTRUCTOR' || role === 'ADMIN';
}
