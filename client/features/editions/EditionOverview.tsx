import { type Component, Show } from 'solid-js'
import { Link } from '../../app/Link'
import { conflictsPath } from '../../app/router'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { formatDateRange } from '../../lib/times'
import type { EditionSession } from '../../sync/edition-session'
import type { Peer } from '../../sync/session'
import { Bilingual } from '../../ui/Bilingual'
import { conflictCount } from '../conflicts/conflict-list'
import { conflictsMessages } from '../conflicts/conflicts-messages'
import { zoneOffsetLabel } from '../details/time-zones'
import '../conflicts/conflicts.css'
import { PeopleList } from '../../ui/PeopleList'
import '../../ui/facts.css'
import './edition-overview.css'

/** The edition's metadata, global theme and counts, with who is there. */
export const EditionOverview: Component<{
  editionId: string
  session: EditionSession
  peers: Peer[]
  /** A past or archived edition, tagged as a record. */
  record: boolean
}> = (props) => {
  const { t, locale } = useI18n()
  const meta = () => props.session.edition.meta
  const globalTheme = () =>
    props.session.edition.themes.find((theme) => theme.id === meta().globalThemeId) ?? null
  const untranslated = () => props.session.untranslated().texts
  const conflicts = () => conflictCount(props.session.warnings())
  const m = useCatalogue(conflictsMessages)
  const participation = () =>
    t().edition.participation(
      meta().participation.participants,
      meta().participation.collectivites.FR,
      meta().participation.collectivites.JP,
    )
  return (
    <section class="overview" aria-labelledby="overview-title" data-testid="overview">
      <div class="panel overview-main">
        <p class="edition-number">
          {t().edition.number(meta().number)}
          <Show when={props.record}>
            <span class="tag record">{t().edition.record}</span>
          </Show>
        </p>
        <h2 id="overview-title" class="edition-heading">
          <Bilingual text={meta().title} />
        </h2>
        <dl class="facts">
          <dt>{t().edition.dates}</dt>
          <dd>
            {pickText(meta().hostCity, locale()).main} ·{' '}
            {formatDateRange(meta().startDate, meta().endDate, locale(), meta().year)}
          </dd>
          <Show when={meta().venue.fr || meta().venue.ja}>
            <dt>{t().edition.venue}</dt>
            <dd>
              <Bilingual text={meta().venue} />
            </dd>
          </Show>
          <dt>{t().edition.timeZone}</dt>
          {/* The city and its offset today, as the zone select names it; the IANA name in the tooltip. */}
          <dd title={meta().timeZone} data-testid="overview-time-zone">
            {t().edition.zoneCity(meta().timeZone)} ({zoneOffsetLabel(meta().timeZone)})
          </dd>
          <Show when={globalTheme()}>
            {(theme) => (
              <>
                <dt>{t().edition.globalTheme}</dt>
                <dd>
                  <Bilingual text={theme().title} />
                </dd>
              </>
            )}
          </Show>
          <Show when={participation()}>
            <dd class="participation">{participation()}</dd>
          </Show>
        </dl>
        <ul class="counts" data-testid="counts">
          <li>{t().edition.sessions(props.session.edition.sessions.length)}</li>
          <li>{t().edition.rooms(props.session.edition.rooms.length)}</li>
          <li>{t().edition.themes(props.session.edition.themes.length)}</li>
          {/* Each count is a link to the list naming what it counts, and says aloud when it changes. */}
          <li class={conflicts() > 0 ? 'has-conflicts' : 'no-conflicts'} aria-live="polite">
            <Link
              href={conflictsPath(props.editionId)}
              class="conflict-count"
              testId="conflict-count"
            >
              {m().count(conflicts())}
            </Link>
          </li>
          <li class={untranslated() > 0 ? 'untranslated' : 'translated'} aria-live="polite">
            <Link
              href={conflictsPath(props.editionId, 'missing_translation')}
              class="untranslated-link"
              testId="untranslated-count"
            >
              {untranslated() > 0
                ? t().edition.untranslated(untranslated())
                : t().edition.allTranslated}
            </Link>
          </li>
        </ul>
      </div>
      <PeopleList peers={props.peers} />
    </section>
  )
}
