import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/models/user.model';
import { Webinar } from '../../webinars/models/webinar.model';

@ObjectType()
export class CompletionRow {
  @Field(() => User)
  user: User;

  @Field(() => Float)
  percent: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => String, { nullable: true })
  certificateCode: string | null;

  @Field(() => String, { nullable: true })
  cohortName: string | null;

  @Field({ description: 'whether the cohort is the self-paced one, whatever its name' })
  cohortSelfPaced: boolean;
}

@ObjectType()
export class CountryCompletion {
  @Field()
  country: string;

  @Field(() => Int)
  enrolled: number;

  @Field(() => Int)
  completed: number;
}

@ObjectType()
export class CompletionReport {
  @Field()
  courseSlug: string;

  @Field(() => Int)
  enrolled: number;

  @Field(() => Int)
  completed: number;

  @Field(() => [CountryCompletion])
  byCountry: CountryCompletion[];

  @Field(() => [CompletionRow], { description: 'one row per enrolled learner, by name; see offset and limit' })
  rows: CompletionRow[];
}

@ObjectType()
export class WeekStop {
  @Field(() => Int)
  week: number;

  @Field(() => Int, { description: 'learners who completed this week' })
  completed: number;

  @Field(() => Int, { description: 'learners for whom this is the first week not completed' })
  stoppedHere: number;
}

@ObjectType()
export class CompletionDashboard {
  @Field()
  courseSlug: string;

  @Field(() => [CountryCompletion])
  byCountry: CountryCompletion[];

  @Field(() => [WeekStop])
  byWeek: WeekStop[];

  @Field(() => Int)
  certificatesIssued: number;

  @Field(() => Int)
  certificatesRevoked: number;

  @Field(() => [Webinar])
  upcomingWebinars: Webinar[];
}
