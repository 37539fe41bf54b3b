/** The frab schedule in frab's terms: the conference, its rooms, days, events and people. */
import type { Lang, SessionKind } from '../../../shared/doc/edition'

export interface FrabPerson {
  guid: string
  id: number
  name: string
}

export interface FrabEvent {
  guid: string
  id: number
  /** The start with its offset, '2024-11-19T09:30:00+09:00'. */
  date: string
  /** 'HH:MM' on the edition's clocks. */
  start: string
  end: string
  /** 'HH:MM' */
  duration: string
  room: string
  slug: string
  url: string
  title: string
  /** The title in Japanese when the file sets both languages; '' otherwise. */
  subtitle: string
  track: string
  /** The session kind's code. */
  type: SessionKind
  /** The language of the texts; null when they are in French and in Japanese. */
  language: Lang | null
  abstract: string
  /** Several rooms, the people role by role with their functions, and interpretation. */
  description: string
  persons: FrabPerson[]
}

export interface FrabRoom {
  name: string
  guid: string
}

export interface FrabDay {
  /** From 1. */
  index: number
  date: string
  start: string
  end: string
  rooms: { room: FrabRoom; events: FrabEvent[] }[]
}

/** What schedule.json and schedule.xml both say. */
export interface FrabSchedule {
  version: string
  conference: {
    acronym: string
    title: string
    start: string
    end: string
    timeslotDuration: string
    timeZoneName: string | null
    url: string
    tracks: string[]
    rooms: FrabRoom[]
  }
  days: FrabDay[]
}
