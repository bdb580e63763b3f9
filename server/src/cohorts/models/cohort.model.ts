import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Cohort {
  @Field(() => ID)
  id: string;

  @Field()
  courseSlug: string;

  @Field()
  name: string;

  @Field({ description: 'the local date week 1 opens, YYYY-MM-DD' })
  startsOn: string;

  @Field()
  timeZone: string;

  @Field({ description: 'the default cohort: every week always open' })
  selfPaced: boolean;
}
