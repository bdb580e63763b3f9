import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';

const logger = new Logger('Errors');

/**
 * GraphQL errors go on to formatError; unexpected HTTP errors become a plain 500.
 * Only the error's name, message and stack are logged, never the values of a query,
 * so nothing a person typed reaches the logs.
 */
@Catch()
export class AppErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  catch(error: unknown, host: ArgumentsHost) {
    if (host.getType<string>() === 'graphql') return error;
    if (error instanceof HttpException) return super.catch(error, host);
    logger.error(error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : 'Unknown error');
    const res = host.switchToHttp().getResponse<Response>();
    if (!res.headersSent) res.status(500).json({ statusCode: 500, message: 'Internal server error' });
    else res.end();
  }
}
