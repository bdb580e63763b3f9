import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Webinar {
  @Field(() => ID)
  id: string;

  @Field()
  courseSlug: string;

  @Field(() => Int)
  week: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  /** Resolved by WebinarsResolver: enrolled users and staff only. */
  joinUrl: string;

  @Field(() => String, { nullable: true })
  recordingUrl: string | null;
}
