import { Field, InputType } from '@nestjs/graphql';
import { IsString, Length, Matches, MaxLength } from 'class-validator';

@InputType()
export class CohortInput {
  @Field()
  @IsString()
  @MaxLength(100)
  courseSlug: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters long' })
  name: string;

  @Field({ description: 'the local date week 1 opens, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startsOn must be a date written YYYY-MM-DD' })
  startsOn: string;

  @Field({ description: 'IANA time zone, e.g. America/El_Salvador' })
  @IsString()
  @MaxLength(64)
  timeZone: string;
}
