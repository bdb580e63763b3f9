import { Field, GraphQLISODateTime, InputType, Int, PartialType } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, IsUrl, Length, Max, MaxLength, Min } from 'class-validator';

const httpsLink = { protocols: ['https'], require_protocol: true };

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
  @IsUrl(httpsLink, { message: 'joinUrl must be an https:// link' })
  @MaxLength(2000)
  joinUrl: string;

  @Field(() => String, { nullable: true, description: 'the organiser\'s IANA time zone; by default the organiser\'s own, else UTC' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string | null;

  @Field(() => Int, { nullable: true, description: 'seats for RSVPs; none: no limit' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(100000)
  capacity?: number | null;
}

@InputType()
export class WebinarUpdateInput extends PartialType(WebinarInput) {
  @Field(() => String, { nullable: true, description: 'link to the recording, once there is one' })
  @IsOptional()
  @IsUrl(httpsLink, { message: 'recordingUrl must be an https:// link' })
  @MaxLength(2000)
  recordingUrl?: string | null;
}
