import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Quiz } from './quiz.model';

@ObjectType()
export class QuestionFeedback {
  @Field(() => ID)
  questionId: string;

  @Field()
  correct: boolean;

  @Field({ description: 'explanation from the content, shown after submission' })
  explanation: string;

  @Field(() => [ID], { description: 'the choices this attempt chose' })
  chosenChoiceIds: string[];

  @Field(() => [ID], { nullable: true, description: 'the correct choices; null until the quiz is passed or no attempt is left' })
  correctChoiceIds: string[] | null;
}

@ObjectType()
export class QuizAttempt {
  @Field(() => ID)
  id: string;

  @Field(() => Quiz)
  quiz: Quiz;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Float, { nullable: true })
  scorePercent: number | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;

  @Field(() => [QuestionFeedback], { nullable: true })
  feedback: QuestionFeedback[] | null;
}
