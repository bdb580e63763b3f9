import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum QuestionKind {
  SINGLE = 'SINGLE',
  MULTIPLE = 'MULTIPLE',
  TRUE_FALSE = 'TRUE_FALSE',
}
registerEnumType(QuestionKind, { name: 'QuestionKind' });

@ObjectType()
export class Choice {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  /** Resolved by QuizzesResolver, which refuses it to trainees. */
  correct: boolean;
}

@ObjectType()
export class Question {
  @Field(() => ID)
  id: string;

  @Field(() => QuestionKind)
  kind: QuestionKind;

  @Field()
  prompt: string;

  @Field(() => [Choice])
  choices: Choice[];
}

@ObjectType()
export class Quiz {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => Int)
  passPercent: number;

  @Field(() => Int, { nullable: true })
  maxAttempts: number | null;

  @Field(() => [Question])
  questions: Question[];

  @Field(() => Int)
  weekNumber: number;

  @Field()
  courseSlug: string;
}
