import { type Component, For, Show } from 'solid-js'
import { useI18n } from '../lib/i18n'
import type { Peer } from '../sync/session'
import './people-list.css'

export const PeopleList: Component<{ peers: Peer[] }> = (props) => {
  const { t } = useI18n()
  return (
    <section class="panel people" aria-labelledby="people-title">
      <h2 class="panel-title" id="people-title">
        {t().peopleTitle} <span class="count">{props.peers.length}</span>
      </h2>
      <ul data-testid="people">
        <For each={props.peers}>
          {(peer) => (
            <li data-testid="person" data-self={peer.self}>
              <span class="swatch" style={{ background: peer.color }} aria-hidden="true" />
              <span class="person-name">{peer.name}</span>
              <Show when={peer.self}>
                <span class="tag">{t().you}</span>
              </Show>
              <Show when={peer.editing && !peer.self}>
                <span class="tag editing">{t().editing}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.peers.every((peer) => peer.self)}>
        <p class="muted">{t().nobodyElse}</p>
      </Show>
    </section>
  )
}
