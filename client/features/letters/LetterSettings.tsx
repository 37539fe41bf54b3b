import { type Component, For, Show } from 'solid-js'
import { setMeta } from '../../../shared/doc/edition'
import { firstMeeting } from '../../../shared/letters/letter-facts'
import { Link } from '../../app/Link'
import { EditionView, editionPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import type { EditionSession } from '../../sync/edition-session'
import { Bilingual } from '../../ui/Bilingual'
import { LocalizedTextField } from '../../ui/LocalizedTextField'
import { meetingName } from '../meetings/format'
import { MeetingHoursText } from '../meetings/MeetingHoursText'
import { meetingMessages } from '../meetings/meeting-messages'
import { lettersMessages } from './letters-messages'
import { Signatories } from './Signatories'
import '../../ui/localized-text.css'

const LETTER_LANGS = ['fr', 'ja'] as const

/**
 * The letter's settings beside its templates: where and when it is signed,
 * who signs it, where the form goes back, and the first meeting it invites
 * to (set in the meetings tab).
 */
export const LetterSettings: Component<{
  editionId: string
  session: EditionSession
  readOnly: boolean
  onEditingChange: (editing: boolean) => void
  onError: (reason: string | null) => void
}> = (props) => {
  const { t, locale } = useI18n()
  const m = useCatalogue(lettersMessages)
  const meetingWords = useCatalogue(meetingMessages)
  const meta = props.session.edition.meta
  const meeting = () => firstMeeting(props.session.edition)
  const texts = (field: 'letterPlace' | 'formReturn', legend: string, rows: number) => (
    <fieldset class="text-group letter-texts">
      <legend>{legend}</legend>
      <div class="letter-langs">
        <For each={LETTER_LANGS}>
          {(lang) => (
            <LocalizedTextField
              session={props.session}
              path={{ collection: 'meta', field }}
              lang={lang}
              value={meta[field][lang]}
              required={false}
              rows={rows}
              readOnly={props.readOnly}
              testId={`letters-${field}-${lang}`}
              onEditingChange={props.onEditingChange}
            />
          )}
        </For>
      </div>
    </fieldset>
  )
  return (
    <section class="panel letter-settings" aria-labelledby="letter-settings-title">
      <h3 id="letter-settings-title" class="panel-title">
        {m().settings}
      </h3>
      {texts('letterPlace', m().place, 1)}
      <label class="select-field letter-date">
        <span class="field-label">{m().date}</span>
        <input
          id="field-letters-letterDate"
          type="date"
          data-testid="letter-date"
          value={meta.letterDate ?? ''}
          readOnly={props.readOnly}
          onChange={(event) => {
            const letterDate = event.currentTarget.value || null
            props.onError(props.session.edit((doc, origin) => setMeta(doc, { letterDate }, origin)))
          }}
        />
      </label>
      <Signatories
        editionId={props.editionId}
        session={props.session}
        readOnly={props.readOnly}
        onError={props.onError}
      />
      {texts('formReturn', m().formReturn, 3)}
      <p class="muted hint">{m().formReturnHint}</p>
      <div class="letter-meeting" data-testid="letter-first-meeting">
        <h4>{m().firstMeeting}</h4>
        <Show when={meeting()} fallback={<p class="muted">{m().noMeeting}</p>}>
          {(first) => (
            <div>
              <p class="letter-meeting-when">
                <strong>{meetingName(first().date, locale(), t())}</strong>
                <br />
                <MeetingHoursText meeting={first()} editionZone={meta.timeZone} />
              </p>
              <p>
                <Bilingual text={first().place} />
              </p>
              <Show when={pickText(first().event, locale()).main}>
                {(event) => <p class="muted">{meetingWords().partOf(event())}</p>}
              </Show>
            </div>
          )}
        </Show>
        <Link
          href={editionPath(props.editionId, EditionView.Meetings)}
          testId="letter-open-meetings"
        >
          {m().openMeetings}
        </Link>
      </div>
    </section>
  )
}
