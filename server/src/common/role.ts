import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  TRAINEE = 'TRAINEE',
  INSTRUCTOR = 'INSTRUCTOR',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role' });

export const STAFF_ROLES = [Role.INSTRUCTOR, Role.ADMIN];
export const isStaff = (role: Role | undefined) => role !== undefined && STAFF_ROLES.includes(role);
