import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Quiz } from '../../quizzes/models/quiz.model';

@ObjectType()
export class Lesson {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  title: string;

  @Field({ description: 'sanitized HTML rendered from the content\'s Markdown' })
  html: string;

  @Field(() => Int)
  minutes: number;

  @Field(() => Int, { description: 'the week this lesson belongs to' })
  weekNumber: number;

  @Field({ description: 'the course this lesson belongs to' })
  courseSlug: string;
}

@ObjectType()
export class Week {
  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field()
  isWebinarWeek: boolean;

  @Field(() => [Lesson])
  lessons: Lesson[];

  @Field(() => [Quiz])
  quizzes: Quiz[];

  courseSlug: string;
}

@ObjectType()
export class Course {
  @Field()
  slug: string;

  @Field()
  title: string;

  @Field()
  summary: string;

  @Field(() => Int, { description: 'nominal study hours' })
  hours: number;

  @Field(() => [Week])
  weeks: Week[];
}
