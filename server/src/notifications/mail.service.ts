import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../config/config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail through SMTP_URL when it is set; otherwise notices stay in the app. */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.smtpUrl) this.transport = nodemailer.createTransport(config.smtpUrl);
  }

  get enabled() {
    return Boolean(this.transport);
  }

  async send(mails: Mail[]): Promise<void> {
    if (!this.transport) return;
    for (const mail of mails) {
      try {
        await this.transport.sendMail({ from: this.config.mailFrom, ...mail });
      } catch (error) {
        this.logger.warn(`Could not send a notice e-mail: ${(error as Error).message}`);
      }
    }
  }
}
