import type {
  AttendancePolicy,
  ContactMethod,
  ContactRole,
  CostModel,
  CostPer,
  JoinMode,
  NoticeKind,
  OperationalStatus,
  Visibility,
} from '../../generated/graphql.ts';

// The listing model: what a seeker needs to know before walking into a room (how to join, whom to contact,
// how to get into the room, who may come, whether it runs this week, what it costs). Stored as JSON documents
// on the listing (see the 0060 migration); these are their shapes.

export type {
  AttendancePolicy,
  ContactMethod,
  ContactRole,
  CostModel,
  CostPer,
  JoinMode,
  NoticeKind,
  OperationalStatus,
  Visibility,
};

export interface JoinPolicyModel {
  mode: JoinMode;
  instructions: string | null;
  registrationUrl: string | null;
  newcomersWelcome: boolean | null;
  firstVisit: string | null;
}

export interface ContactPointModel {
  label: string | null;
  role: ContactRole | null;
  method: ContactMethod;
  value: string;
  visibility: Visibility;
  hours: string | null;
}

export interface DialInModel {
  number: string;
  country: string | null;
  notes: string | null;
}

export interface OnlineAccessModel {
  platform: string | null;
  joinUrl: string | null;
  meetingId: string | null;
  passcode: string | null;
  dialIn: DialInModel[];
  visibility: Visibility;
  instructions: string | null;
}

export interface EligibilityModel {
  attendance: AttendancePolicy | null;
  minimumAge: number | null;
  maximumAge: number | null;
  referralRequired: boolean;
  description: string | null;
}

export interface NoticeModel {
  kind: NoticeKind;
  text: string;
  startsOn: string | null;
  endsOn: string | null;
}

export interface CostModelData {
  model: CostModel;
  amount: number | null;
  currency: string | null;
  per: CostPer | null;
  concessions: string | null;
  description: string | null;
}

/** The listing-model fields of a listing, as stored and as validated. */
export interface ListingDetails {
  joining: JoinPolicyModel;
  contacts: ContactPointModel[];
  online: OnlineAccessModel | null;
  eligibility: EligibilityModel | null;
  operationalStatus: OperationalStatus;
  statusUntil: string | null;
  notices: NoticeModel[];
  cost: CostModelData;
}

export const UNKNOWN_JOINING: JoinPolicyModel = {
  mode: 'UNKNOWN',
  instructions: null,
  registrationUrl: null,
  newcomersWelcome: null,
  firstVisit: null,
};
export const UNKNOWN_COST: CostModelData = {
  model: 'UNKNOWN',
  amount: null,
  currency: null,
  per: null,
  concessions: null,
  description: null,
};

/** What a listing that states nothing says: nothing favourable is assumed. */
export function emptyDetails(): ListingDetails {
  return {
    joining: { ...UNKNOWN_JOINING },
    contacts: [],
    online: null,
    eligibility: null,
    operationalStatus: 'ACTIVE',
    statusUntil: null,
    notices: [],
    cost: { ...UNKNOWN_COST },
  };
}

/** isFree, kept for the contract: true only for a confirmed free listing. */
export const isFreeCost = (model: CostModel): boolean => model === 'FREE' || model === 'FREE_DONATIONS_WELCOME';

/** A cost that only says free or not free (isFree given without cost). */
export const costFromIsFree = (isFree: boolean): CostModelData => ({
  ...UNKNOWN_COST,
  model: isFree ? 'FREE' : 'FIXED_FEE',
});

/** Running states in which a listing shows no upcoming meetings and leaves default searches. */
export const NOT_RUNNING: ReadonlySet<OperationalStatus> = new Set(['PAUSED', 'CLOSED']);
export const DEFAULT_OPERATIONAL_STATUSES: OperationalStatus[] = [
  'ACTIVE',
  'NOT_TAKING_NEW_MEMBERS',
  'TEMPORARILY_ONLINE',
];

/** Topic slugs after which a search shows crisis support first (also stored as topics.sensitive). */
export const SENSITIVE_TOPICS: ReadonlySet<string> = new Set([
  'suicidal-thoughts',
  'self-harm',
  'suicide-bereavement',
  'eating-disorders',
  'trauma-and-ptsd',
]);
