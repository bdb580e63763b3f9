import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class WeekProgress {
  @Field(() => Int)
  number: number;

  @Field(() => Float)
  percent: number;

  @Field()
  completed: boolean;
}

@ObjectType()
export class Progress {
  @Field()
  courseSlug: string;

  @Field()
  enrolled: boolean;

  @Field(() => Float)
  percent: number;

  @Field()
  completed: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => [WeekProgress])
  weeks: WeekProgress[];
}
