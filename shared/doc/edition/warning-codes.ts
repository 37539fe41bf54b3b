// The kinds of warning, apart from the checks that find them: the app's
// addresses name a kind (`?kind=`) and must not load the document model.
export const WarningCode = {
  /** Two sessions in one room at once. */
  RoomDoubleBooked: 'room_double_booked',
  /** One person speaking or moderating in two sessions at once. */
  PersonDoubleBooked: 'person_double_booked',
  /** A session on a day before the edition's first or after its last. */
  OutsideEditionDates: 'outside_edition_dates',
  /** A session starting before or ending after DAY_BOUNDS. */
  OutsideDayBounds: 'outside_day_bounds',
  /** A text lacks French or Japanese. */
  MissingTranslation: 'missing_translation',
  /** The edition's last day precedes its first, or is too far from it, or its first is not in its year. */
  EditionDatesInconsistent: 'edition_dates_inconsistent',
  /** A collectivité's kind does not exist in its country. */
  CollectiviteKindMismatch: 'collectivite_kind_mismatch',
  /** A session with no day, time or room yet: in the tray, not on the grid. */
  UnplacedSession: 'unplaced_session',
  /** Simultaneous interpretation in a session none of whose rooms has booths. */
  InterpretationWithoutBooths: 'interpretation_without_booths',
  /** More delegates registered for a workshop than its rooms hold together. */
  RoomOverCapacity: 'room_over_capacity',
  /** A person in a session whose function is missing in French or Japanese. */
  PersonWithoutFunction: 'person_without_function',
} as const
export type WarningCode = (typeof WarningCode)[keyof typeof WarningCode]
