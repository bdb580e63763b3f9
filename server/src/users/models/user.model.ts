import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Locale } from '../../common/locale';
import { Role } from '../../common/role';

@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. "SV", "MX", "US"' })
  country: string;

  @Field(() => String, { nullable: true, description: 'consulate, embassy or ministry unit, free text' })
  post: string | null;

  @Field(() => Locale)
  locale: Locale;

  @Field(() => String, { nullable: true, description: 'IANA time zone times are shown in; null: the browser\'s' })
  timeZone: string | null;

  @Field(() => String, { nullable: true, description: 'for a country focal point (an ADMIN scoped to one country): that country' })
  focalPointCountry: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deactivatedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'when the user asked for their data to be deleted' })
  deletionRequestedAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
