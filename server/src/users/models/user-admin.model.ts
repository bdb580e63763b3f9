import { Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from './user.model';

@ObjectType()
export class UserPage {
  @Field(() => Int)
  total: number;

  @Field(() => [User])
  items: User[];
}

@ObjectType()
export class InviteRow {
  @Field(() => Int, { description: 'line of the CSV, from 1' })
  line: number;

  @Field()
  email: string;

  @Field({ description: 'INVITED or REFUSED' })
  status: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'the one-time link to set a password, for the admin to pass on' })
  link: string | null;
}

@ObjectType()
export class InviteReport {
  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  refused: number;

  @Field(() => [InviteRow])
  rows: InviteRow[];
}
