/** What the journey and the server it starts agree on. */
export const PORT = 3456;
export const BASE_URL = `http://localhost:${PORT}`;
export const ADMIN = { email: 'admin@e2e.example.org', password: 'e2e-admin-password-1234' };
export const COURSE_TITLE = 'International Rights, Assistance and Protection of Migrant Women';
