import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Role } from '../../common/role';

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'part of the name, e-mail or post' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter code' })
  country?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  cohortId?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  includeDeactivated?: boolean | null;
}
