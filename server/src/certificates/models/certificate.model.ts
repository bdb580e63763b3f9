import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Certificate {
  @Field()
  code: string;

  @Field()
  holderName: string;

  @Field()
  courseTitle: string;

  @Field()
  courseSlug: string;

  @Field(() => GraphQLISODateTime)
  issuedAt: Date;

  @Field({ description: 'absolute path on this server, e.g. /certificates/<code>.pdf; public' })
  pdfUrl: string;

  @Field({ description: 'the Open Badges 3.0 verifiable credential, e.g. /certificates/<code>.json; public' })
  credentialUrl: string;

  @Field({ description: 'the public verification page, as an absolute URL' })
  verifyUrl: string;

  @Field()
  revoked: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  revokedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'ADMIN only: why it was revoked' })
  revokedReason: string | null;
}

@ObjectType()
export class CertificateVerification {
  @Field()
  valid: boolean;

  @Field()
  revoked: boolean;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  courseTitle: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  issuedAt: Date | null;

  @Field({ description: 'valid, revoked, unknown, or tampered (the record does not match its signature)' })
  status: string;
}
