import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';
import { Locale } from '../../common/locale';
import { isCountryCode } from '../../users/countries';

@ValidatorConstraint({ name: 'country' })
class CountryCode implements ValidatorConstraintInterface {
  validate(value: unknown) {
    return typeof value === 'string' && isCountryCode(value.toUpperCase());
  }
  defaultMessage() {
    return 'country must be an ISO 3166-1 alpha-2 code such as SV, MX or US';
  }
}

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail({}, { message: 'email is not a valid address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(12, 128, { message: 'password must be 12 to 128 characters long' })
  password: string;

  @Field()
  @IsString()
  @Length(1, 120, { message: 'name must be 1 to 120 characters long' })
  name: string;

  @Field()
  @Validate(CountryCode)
  country: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  post?: string | null;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale | null;
}
