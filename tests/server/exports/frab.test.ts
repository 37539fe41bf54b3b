import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import Ajv from 'ajv'
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { create } from 'xmlbuilder2'
import { renderFrabJson, renderFrabXml } from '../../../server/exports/frab'
import { type ProgrammeView, programmeView } from '../../../server/exports/programme-view'
import type { Session } from '../../../shared/doc/edition'
import { ExportLang, type ExportLang as ExportLangType } from '../../../shared/exports'
import type { ProgrammeEntities } from '../../../shared/versions'
import { demoProgrammeView, largeProgrammeView, TEST_ORIGIN } from '../../helpers/programme-view'

const run = promisify(execFile)

/**
 * The frab schemas, as copied into the repository (tests/fixtures/frab), so
 * that a machine with only the repository runs these tests; the published
 * folder beside the checkout, when there is one, must still match them.
 */
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const schemaDir = path.join(repoRoot, 'tests', 'fixtures', 'frab')
const publishedDir = path.resolve(repoRoot, '..', 'shared', 'formats', 'frab')
const SCHEMA_FILES = ['schedule.xml.xsd', 'schedule.schema.json']
const XSD = path.join(schemaDir, 'schedule.xml.xsd')
const JSON_SCHEMA = path.join(schemaDir, 'schedule.schema.json')

let workDir: string
let validateJson: ReturnType<Ajv['compile']>

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'kaigi-frab-'))
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true })
  ajv.addMetaSchema(draft06)
  // ajv-formats is not installed: these checks stand in for its own for the
  // formats the schema names, so that `format` is checked rather than ignored.
  ajv.addFormat('date', /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  ajv.addFormat(
    'date-time',
    (value: string) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
      !Number.isNaN(Date.parse(value)),
  )
  ajv.addFormat('uri', (value: string) => {
    try {
      return /^[a-z][a-z0-9+.-]*:/i.test(value) && Boolean(new URL(value))
    } catch {
      return false
    }
  })
  ajv.addFormat(
    'uuid',
    /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
  )
  ajv.addFormat('color', /^#[0-9a-f]{6}$/i)
  // Annotations of the C3VOC schema that no JSON Schema draft defines: known, checked for nothing.
  ajv.addKeyword('$oneOf')
  ajv.addKeyword('$todo')
  validateJson = ajv.compile(JSON.parse(await readFile(JSON_SCHEMA, 'utf8')))
})
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true })
})

/** Runs xmllint against the XSD; it rejects with its message when the file does not validate. */
async function validateXml(xml: string, name: string): Promise<void> {
  const file = path.join(workDir, name)
  await writeFile(file, xml)
  const { stderr } = await run('xmllint', ['--noout', '--schema', XSD, file])
  expect(stderr).toContain('validates')
}

function expectValidJson(json: string): void {
  const valid = validateJson(JSON.parse(json))
  expect(validateJson.errors ?? []).toEqual([])
  expect(valid).toBe(true)
}

interface EventFields {
  guid: string
  id: number
  title: string
  subtitle: string
  start: string
  date: string
  duration: string
  room: string
  slug: string
  track: string
  type: string
  persons: string[]
}

/** The events of schedule.json, day by day and room by room. */
function jsonEvents(json: string): EventFields[] {
  interface JsonEvent extends Omit<EventFields, 'persons'> {
    persons: { name: string }[]
  }
  const parsed = JSON.parse(json) as {
    schedule: { conference: { days: { rooms: Record<string, JsonEvent[]> }[] } }
  }
  return parsed.schedule.conference.days.flatMap((day) =>
    Object.values(day.rooms).flatMap((events) =>
      events.map((event) => ({
        guid: event.guid,
        id: event.id,
        title: event.title,
        subtitle: event.subtitle,
        start: event.start,
        date: event.date,
        duration: event.duration,
        room: event.room,
        slug: event.slug,
        track: event.track,
        type: event.type,
        persons: event.persons.map((person) => person.name),
      })),
    ),
  )
}

/** The events of schedule.xml, read back with xmlbuilder2's DOM. */
function xmlEvents(xml: string): EventFields[] {
  const document = create(xml).node as unknown as Document
  const text = (event: Element, name: string) =>
    [...event.childNodes].find((node) => node.nodeName === name)?.textContent ?? ''
  return [...document.getElementsByTagName('event')].map((event) => ({
    guid: event.getAttribute('guid') ?? '',
    id: Number(event.getAttribute('id')),
    title: text(event, 'title'),
    subtitle: text(event, 'subtitle'),
    start: text(event, 'start'),
    date: text(event, 'date'),
    duration: text(event, 'duration'),
    room: text(event, 'room'),
    slug: text(event, 'slug'),
    track: text(event, 'track'),
    type: text(event, 'type'),
    persons: [...event.getElementsByTagName('person')].map((person) => person.textContent ?? ''),
  }))
}

async function renderBoth(view: ProgrammeView, lang: ExportLangType = ExportLang.Both) {
  return {
    json: await renderFrabJson(view, { lang }),
    xml: await renderFrabXml(view, { lang }),
  }
}

/** A small edition in Paris with the given sessions, a room, a speaker. */
function handMadeView(
  sessions: Pick<Session, 'id' | 'day' | 'start' | 'durationMinutes' | 'title'>[],
  names: { room: string; person: string } = { room: 'Salle Loire', person: 'Anne Martin' },
): ProgrammeView {
  const entities: ProgrammeEntities = {
    meta: {
      number: 9,
      year: 2024,
      title: { fr: 'Rencontres de Tours', ja: 'トゥール会議', en: '' },
      hostCity: { fr: 'Tours', ja: 'トゥール', en: '' },
      hostCountry: 'FR',
      venue: { fr: 'Vinci', ja: 'ヴァンシ', en: '' },
      startDate: '2024-10-26',
      endDate: '2024-10-28',
      timeZone: 'Europe/Paris',
      globalThemeId: null,
      status: 'published',
      participation: { participants: null, collectivites: { FR: null, JP: null } },
      letter: { fr: '', ja: '', en: '' },
      letterPlace: { fr: '', ja: '', en: '' },
      letterDate: null,
      signatoryIds: [],
      formReturn: { fr: '', ja: '', en: '' },
    },
    rooms: [
      {
        id: 'room-loire',
        name: { fr: names.room, ja: 'ロワール', en: '' },
        capacity: null,
        position: 0,
        venueId: null,
        booths: false,
      },
    ],
    themes: [],
    sessions: sessions.map((session) => ({
      ...session,
      kind: 'workshop',
      description: { fr: 'Texte & <suite>', ja: '説明', en: '' },
      roomIds: ['room-loire'],
      allRooms: false,
      themeId: null,
      moderatorIds: [],
      speakerIds: ['p-martin'],
      rapporteurIds: [],
      witnessIds: [],
      interpretation: 'simultaneous' as const,
      status: 'confirmed',
    })),
    persons: [
      {
        id: 'p-martin',
        name: { fr: names.person, ja: 'アンヌ・マルタン', en: '' },
        reading: '',
        role: { fr: 'Maire', ja: '市長', en: '' },
        collectiviteId: null,
      },
    ],
    collectivites: [],
  }
  return programmeView('tours-2024', entities, TEST_ORIGIN)
}

describe('schedule.xml and schedule.json', () => {
  it('validate against the frab schemas, in each language', async () => {
    const view = demoProgrammeView()
    for (const lang of [ExportLang.Both, ExportLang.French, ExportLang.Japanese]) {
      const { json, xml } = await renderBoth(view, lang)
      await validateXml(xml, `demo-${lang}.xml`)
      expectValidJson(json)
    }
  })

  it('carry the same events, one per session', async () => {
    const view = demoProgrammeView()
    const { json, xml } = await renderBoth(view)
    const fromJson = jsonEvents(json)
    const fromXml = xmlEvents(xml)
    expect(fromJson).toHaveLength(view.days.flatMap((day) => day.sessions).length)
    const byGuid = (events: EventFields[]) =>
      [...events].sort((a, b) => (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0))
    expect(byGuid(fromXml)).toEqual(byGuid(fromJson))

    const tea = fromJson.find((event) => event.title.startsWith('Visite de terrain : Nihondaira'))
    expect(tea).toMatchObject({
      subtitle: '現地視察：日本平と茶園',
      date: '2024-11-19T09:30:00+09:00',
      start: '09:30',
      duration: '03:30',
      type: 'site_visit',
    })
  })

  it('say what the conference is', async () => {
    const { json, xml } = await renderBoth(demoProgrammeView())
    const { conference, version } = (
      JSON.parse(json) as {
        schedule: {
          version: string
          conference: Record<string, unknown> & { days: { index: number; date: string }[] }
        }
      }
    ).schedule
    expect(version).toContain('Programme définitif')
    expect(conference).toMatchObject({
      acronym: 'shizuoka_2024',
      start: '2024-11-18',
      end: '2024-11-21',
      daysCount: 4,
      time_zone_name: 'Asia/Tokyo',
      url: 'https://kaigi.invalid/p/shizuoka-2024',
    })
    expect(conference.days.map((day) => [day.index, day.date])).toEqual([
      [1, '2024-11-18'],
      [2, '2024-11-19'],
      [3, '2024-11-20'],
      [4, '2024-11-21'],
    ])
    expect(xml).toContain('<acronym>shizuoka_2024</acronym>')
    expect(xml).toContain('<days>4</days>')

    const rebased = await renderFrabJson(demoProgrammeView(), {
      lang: ExportLang.Both,
      baseUrl: 'https://kaigi.example.org/',
    })
    expect(rebased).toContain('"url": "https://kaigi.example.org/p/shizuoka-2024"')
    expect(rebased).not.toContain('kaigi.invalid')
  })

  it('keep guids, ids and slugs from one export to the next, in any language', async () => {
    const first = jsonEvents((await renderBoth(demoProgrammeView())).json)
    const later = demoProgrammeView()
    later.origin = { source: 'draft', at: new Date('2024-11-10T12:00:00Z') }
    for (const lang of [ExportLang.Both, ExportLang.French, ExportLang.Japanese]) {
      const { json, xml } = await renderBoth(later, lang)
      for (const events of [jsonEvents(json), xmlEvents(xml)]) {
        expect(events.map(({ guid, id, slug }) => ({ guid, id, slug }))).toEqual(
          first.map(({ guid, id, slug }) => ({ guid, id, slug })),
        )
      }
    }
    const guids = first.map((event) => event.guid)
    expect(new Set(guids).size).toBe(guids.length)
    // Name-based UUIDs (version 5).
    for (const guid of guids) expect(guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/)
  })

  it('set one language alone, with its code', async () => {
    const view = demoProgrammeView()
    for (const [lang, title] of [
      [ExportLang.Japanese, '開会式'],
      [ExportLang.French, 'Cérémonie d’ouverture'],
    ] as const) {
      const { json, xml } = await renderBoth(view, lang)
      const parsed = JSON.parse(json) as {
        schedule: { conference: { days: { rooms: Record<string, { title: string }[]> }[] } }
      }
      const events = parsed.schedule.conference.days.flatMap((day) =>
        Object.values(day.rooms).flat(),
      )
      const opening = events.find((event) => event.title === title)
      expect(opening).toMatchObject({ subtitle: '', language: lang })
      expect(xml).toContain(`<language>${lang}</language>`)
    }
    // Both languages side by side: the texts are in two, no single language to name.
    const { json, xml } = await renderBoth(view, ExportLang.Both)
    expect(json).toContain('"language": null')
    expect(xml).not.toContain('<language>')
  })

  it('give the offset of the day on both sides of a change of clocks', async () => {
    const view = handMadeView([
      { id: 'before', day: '2024-10-26', start: '10:00', durationMinutes: 90, title: t('Avant') },
      { id: 'after', day: '2024-10-27', start: '10:00', durationMinutes: 60, title: t('Après') },
    ])
    const { json, xml } = await renderBoth(view)
    await validateXml(xml, 'paris.xml')
    expectValidJson(json)
    const events = jsonEvents(json)
    expect(events.map((event) => event.date)).toEqual([
      '2024-10-26T10:00:00+02:00',
      '2024-10-27T10:00:00+01:00',
    ])
    // 28 October holds no session: still a day of the edition.
    expect(xml).toContain('<day index="3" date="2024-10-28"')
    expect(xml).toContain('time_zone_name>Europe/Paris<')
  })

  it('keep hostile text as text in both files', async () => {
    const hostile = `<&"'> ]]> \u0001 fin`
    const view = handMadeView(
      [
        {
          id: 'hostile',
          day: '2024-10-26',
          start: '10:00',
          durationMinutes: 60,
          title: { fr: `Atelier ${hostile}`, ja: `分科会 <&"'>`, en: '' },
        },
      ],
      { room: `Salle "A" & <B>`, person: `Anne & "Jo" <Martin>` },
    )
    const { json, xml } = await renderBoth(view)
    await validateXml(xml, 'hostile.xml')
    expectValidJson(json)
    const [fromJson] = jsonEvents(json)
    const [fromXml] = xmlEvents(xml)
    expect(fromJson).toMatchObject({
      // A character XML cannot hold becomes U+FFFD, in both files alike.
      title: `Atelier <&"'> ]]> \uFFFD fin`,
      subtitle: `分科会 <&"'>`,
      room: `Salle "A" & <B> / ロワール`,
      persons: [`Anne & "Jo" <Martin> / アンヌ・マルタン`],
    })
    expect(fromXml).toEqual(fromJson)
    expect(xml).toContain('<room name="Salle &quot;A&quot; &amp; &lt;B&gt; / ロワール"')
  })

  it('validate for a programme of 300 sessions', async () => {
    const view = largeProgrammeView(300)
    const { json, xml } = await renderBoth(view)
    await validateXml(xml, 'large.xml')
    expectValidJson(json)
    const events = jsonEvents(json)
    expect(events).toHaveLength(300)
    expect(new Set(events.map((event) => event.id)).size).toBe(300)
    expect(new Set(events.map((event) => event.slug)).size).toBe(300)
    expect(xmlEvents(xml)).toHaveLength(300)
  })
})

function t(fr: string) {
  return { fr, ja: `${fr}（日本語）`, en: '' }
}

/** The SHA-256 of each published schema as recorded when it was copied (`SHA256SUMS`). */
async function recordedDigests(): Promise<Map<string, string>> {
  const sums = await readFile(path.join(schemaDir, 'SHA256SUMS'), 'utf8')
  return new Map(
    sums
      .trim()
      .split('\n')
      .map((line) => {
        const [digest = '', file = ''] = line.split(/\s+/)
        return [file, digest]
      }),
  )
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('the copies of the frab schemas', () => {
  it('are the published schemas as recorded when they were copied', async () => {
    const recorded = await recordedDigests()
    expect([...recorded.keys()].sort()).toEqual([...SCHEMA_FILES].sort())
    for (const file of SCHEMA_FILES) {
      expect(sha256(await readFile(path.join(schemaDir, file))), file).toBe(recorded.get(file))
    }
  })

  it('match the published folder beside the checkout, where there is one', async ({ skip }) => {
    // CI's clean clone has no ../shared: the recorded digests above stand for it there.
    skip(!existsSync(publishedDir), `${publishedDir} is absent on this machine`)
    const recorded = await recordedDigests()
    for (const file of SCHEMA_FILES) {
      expect(sha256(await readFile(path.join(publishedDir, file))), file).toBe(recorded.get(file))
    }
  })
})
