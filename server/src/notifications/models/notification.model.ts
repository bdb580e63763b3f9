import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Notification {
  @Field(() => ID)
  id: string;

  @Field({ description: 'WEBINAR_SCHEDULED, WEBINAR_CHANGED, WEBINAR_CANCELLED, WEBINAR_SOON or WEEK_OPEN' })
  kind: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'the webinar concerned, if any' })
  webinarId: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
}
