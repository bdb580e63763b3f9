import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { aliasLimit, costLimit, depthLimit } from './common/graphql-limits';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Request } from 'express';
import { AuthModule } from './auth/auth.module';
import { AuthService } from './auth/auth.service';
import { AccessGuard } from './common/access';
import { badInput } from './common/app-error';
import { AppErrorFilter } from './common/app-error.filter';
import { formatError } from './common/error-format';
import { Locale, localeFromHeader } from './common/locale';
import { RequestContext } from './common/request-context';
import { APP_CONFIG, AppConfig } from './config/config';
import { ContentModule } from './content/content.module';
import { CoursesModule } from './courses/courses.module';
import { databaseOptions } from './database/database.options';
import { serializeSqlite } from './database/serialize-sqlite';
import { HealthController } from './health/health.controller';
import { ProgressModule } from './progress/progress.module';
import { QuizzesModule } from './quizzes/quizzes.module';
import { UsersModule } from './users/users.module';
import { CertificatesModule } from './certificates/certificates.module';
import { LOOKUP_THROTTLE } from './common/throttle';
import { DatabaseThrottlerStorage } from './common/database-throttler-storage';
import { DataSource } from 'typeorm';
import { WebinarsModule } from './webinars/webinars.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { NotificationsModule } from './notifications/notifications.module';
import { AuditModule } from './audit/audit.module';
import { ReportsModule } from './reports/reports.module';
import { PrivacyModule } from './privacy/privacy.module';
import { ThrottlerModule } from '@nestjs/throttler';
import { ResponseCache } from './response-cache/response-cache';
import { ResponseCacheModule } from './response-cache/response-cache.module';

export interface AppModuleOptions {
  /** Where to write the schema SDL; in memory when absent. */
  schemaFile?: string;
}

const validationPipe = new ValidationPipe({
  whitelist: true,
  exceptionFactory: (errors) => {
    const messages = errors.flatMap((error) => Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`));
    return badInput(messages.join('; ') || 'invalid input');
  },
});

async function buildContext(auth: AuthService, req: Request): Promise<RequestContext> {
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : undefined;
  const viewer = await auth.viewerFromToken(token);
  const locale = localeFromHeader(req.headers['accept-language']) ?? viewer?.locale ?? Locale.EN;
  return { req, viewer, locale, loaders: new Map() };
}

@Global()
@Module({})
class ConfigModule {
  static register(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => databaseOptions(config.database, config.logSql),
          dataSourceFactory: async (options) => serializeSqlite(await new DataSource(options!).initialize()),
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [ResponseCacheModule],
          inject: [AuthService, GraphQLSchemaHost, ResponseCache],
          useFactory: (auth: AuthService, schemaHost: GraphQLSchemaHost, responses: ResponseCache) => ({
            autoSchemaFile: options.schemaFile ?? true,
            sortSchema: true,
            playground: false,
            introspection: !config.production,
            csrfPrevention: true,
            allowBatchedHttpRequests: false,
            validationRules: [depthLimit(), aliasLimit()],
            // the driver's typings name another copy of @apollo/server's types; cache hints are
            // not used, and Apollo's cache-control plugin would otherwise wrap every field
            plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), costLimit(() => schemaHost.schema), responses.plugin(() => schemaHost.schema)] as ApolloDriverConfig['plugins'],
            formatError,
            context: ({ req }: { req: Request }) => buildContext(auth, req),
          }),
        }),
        ThrottlerModule.forRootAsync({
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => ({
            throttlers: [LOOKUP_THROTTLE],
            errorMessage: 'Too many lookups; try again in a minute',
            storage: new DatabaseThrottlerStorage(dataSource),
          }),
        }),
        ContentModule,
        AuditModule,
        AuthModule,
        UsersModule,
        ProgressModule,
        CoursesModule,
        QuizzesModule,
        CohortsModule,
        NotificationsModule,
        WebinarsModule,
        CertificatesModule,
        ReportsModule,
        PrivacyModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_PIPE, useValue: validationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
    };
  }
}
