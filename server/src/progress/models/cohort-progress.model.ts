import { Field, Float, ObjectType, Int } from '@nestjs/graphql';
import { Cohort } from '../../cohorts/models/cohort.model';
import { User } from '../../users/models/user.model';
import { WeekProgress } from './progress.model';

@ObjectType()
export class TraineeProgress {
  @Field(() => User)
  user: User;

  @Field(() => Float)
  percent: number;

  @Field()
  completed: boolean;

  @Field(() => [WeekProgress])
  weeks: WeekProgress[];

  @Field(() => [Int], { description: 'weeks whose time is over but which are not completed' })
  weeksBehind: number[];
}

@ObjectType()
export class CohortProgress {
  @Field(() => Cohort)
  cohort: Cohort;

  @Field(() => [TraineeProgress])
  trainees: TraineeProgress[];
}
