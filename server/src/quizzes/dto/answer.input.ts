import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsString, MaxLength } from 'class-validator';

@InputType()
export class AnswerInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  questionId: string;

  @Field(() => [ID])
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  choiceIds: string[];
}
