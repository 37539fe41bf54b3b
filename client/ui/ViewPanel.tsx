import type { ParentComponent } from 'solid-js'
import type { ReadOnlyReason } from '../lib/read-only'
import { EditNotices } from './EditNotices'

/**
 * One of an edition's editing views (rooms, people, collectivités…): its
 * heading, what it is for, why it is read-only or why the last change was
 * refused, then its content.
 */
export const ViewPanel: ParentComponent<{
  /** The heading's id, which names the section for a screen reader. */
  titleId: string
  title: string
  intro: string
  testId: string
  class: string
  readOnly: ReadOnlyReason | null
  error: string | null
}> = (props) => (
  <section
    class={props.class}
    aria-labelledby={props.titleId}
    data-testid={props.testId}
    data-read-only={props.readOnly ?? ''}
  >
    <h2 id={props.titleId} class="panel-title">
      {props.title}
    </h2>
    <p class="muted hint">{props.intro}</p>
    <EditNotices readOnly={props.readOnly} error={props.error} />
    {props.children}
  </section>
)
