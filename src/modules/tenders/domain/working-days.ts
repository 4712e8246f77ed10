/** What the procedure rules need from the working-day calendar (Moscow time). */
export interface WorkingDays {
  isWorkingInstant(instant: Date): boolean;
  /** The end of the Moscow day that is n working days before the day of `instant`. */
  workingDaysBefore(instant: Date, n: number): Date;
}
