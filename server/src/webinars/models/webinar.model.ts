import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../../users/models/user.model';

@ObjectType()
export class Webinar {
  @Field(() => ID)
  id: string;

  @Field()
  courseSlug: string;

  @Field(() => Int)
  week: number;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  /** Resolved by WebinarsResolver: enrolled users and staff only. */
  joinUrl: string;

  @Field(() => String, { nullable: true })
  recordingUrl: string | null;

  @Field({ description: 'the organiser\'s IANA time zone' })
  timeZone: string;

  @Field(() => Int, { nullable: true, description: 'seats for RSVPs; null: no limit' })
  capacity: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  cancelledAt: Date | null;

}

@ObjectType()
export class WebinarQuestion {
  @Field(() => ID)
  id: string;

  @Field()
  text: string;

  @Field(() => Int)
  votes: number;

  @Field()
  votedByMe: boolean;

  @Field()
  mine: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType()
export class RosterEntry {
  @Field(() => User)
  user: User;

  @Field()
  rsvp: boolean;

  @Field()
  attended: boolean;

  @Field()
  viaRecording: boolean;
}

@ObjectType()
export class AttendanceImportRow {
  @Field(() => Int, { description: 'line of the CSV, from 1' })
  line: number;

  @Field()
  email: string;

  @Field({ description: 'RECORDED, ALREADY_RECORDED or REFUSED' })
  status: string;

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType()
export class AttendanceImportReport {
  @Field(() => Int)
  recorded: number;

  @Field(() => Int)
  refused: number;

  @Field(() => [AttendanceImportRow])
  rows: AttendanceImportRow[];
}
