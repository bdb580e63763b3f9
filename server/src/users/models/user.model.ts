import { Field, ID, ObjectType } from '@nestjs/graphql';
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
}
