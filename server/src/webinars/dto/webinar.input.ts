import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class WebinarInput {
  @Field()
  @IsString()
  @MaxLength(100)
  courseSlug: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  week: number;

  @Field()
  @IsString()
  @Length(1, 200, { message: 'title must be 1 to 200 characters long' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  startsAt: Date;

  @Field(() => Int)
  @IsInt()
  @Min(15, { message: 'durationMinutes must be at least 15' })
  @Max(480, { message: 'durationMinutes must be at most 480' })
  durationMinutes: number;

  @Field()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'joinUrl must be an https:// link' })
  @MaxLength(2000)
  joinUrl: string;
}
