import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { ConfigError, loadConfig } from './config/config';
import { ContentError } from './content/content-loader';
import { configureHttp } from './http';

async function bootstrap() {
  const config = loadConfig();
  const app = await NestFactory.create(AppModule.forRoot(config), { bodyParser: false });
  app.enableShutdownHooks();
  configureHttp(app, config);
  await app.listen(config.port);
  new Logger('Consular Campus').log(`Ready at http://localhost:${config.port}/`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ContentError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
