/** What the journey and the server it starts agree on. */
// E2E_PORT lets two checkouts on one machine run their suites side by side.
export const PORT = Number(process.env.E2E_PORT ?? 3456);
export const BASE_URL = `http://localhost:${PORT}`;
export const ADMIN = { email: 'admin@e2e.example.org', password: 'e2e-admin-password-1234' };
export const COURSE_TITLE = 'International Rights, Assistance and Protection of Migrant Women';
