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
}

export interface MeetingModel {
  startsAt: Date;
  endsAt: Date | null;
  timeZone: string;
}
