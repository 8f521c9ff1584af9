export interface ScheduleModel {
  resourceId: number;
  rrule: string;
  timeZone: string;
  /** Local HH:MM. */
  startTime: string;
  /** Local YYYY-MM-DD the rule counts from. */
  startDate: string;
  durationMinutes: number;
  /** Local YYYY-MM-DD dates with no meeting (EXDATE). */
  cancelledDates: string[];
  /** Local date → why that meeting is cancelled (a subset of cancelledDates). */
  cancellationReasons?: Record<string, string>;
  /** The listing's first language, for describing the schedule in words. */
  language?: string | null;
}

export interface MeetingModel {
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
  /** A cancelled meeting kept in nextMeetings so that a regular sees why it is not on. */
  cancelled?: boolean;
  cancellationReason?: string | null;
}
