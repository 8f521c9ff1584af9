export type HelplineChannel = 'PHONE' | 'SMS' | 'CHAT' | 'WHATSAPP' | 'EMAIL' | 'WEB';

export interface HelplineContactModel {
  channel: HelplineChannel;
  value: string;
  instructions: string | null;
}

export interface HelplineModel {
  name: string;
  contacts: HelplineContactModel[];
  hours: string | null;
  open24x7: boolean;
  languages: string[];
  source: string;
  verifiedAt: Date;
  notes: string | null;
}

export interface CrisisSupportModel {
  country: string;
  emergencyNumbers: string[];
  helplines: HelplineModel[];
  notice: string;
}

/** A helpline or emergency number unverified this long is flagged to operators (cli helplines check, hourly log). */
export const STALE_AFTER_DAYS = 90;
