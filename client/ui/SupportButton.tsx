import { type Component, Show } from 'solid-js'
import { useI18n } from '../lib/i18n'
import './support-button.css'

/**
 * The +1s of a suggestion or proposal: a button giving or taking back the
 * member's +1 when `canSupport`, else just the count.
 */
export const SupportButton: Component<{
  count: number
  supported: boolean
  canSupport: boolean
  onToggle: () => void
}> = (props) => {
  const { t } = useI18n()
  return (
    <Show
      when={props.canSupport}
      fallback={
        <span class="support" data-testid="support-count">
          {t().meetings.wall.supporters(props.count)}
        </span>
      }
    >
      <button
        type="button"
        class="support"
        data-testid="support"
        aria-pressed={props.supported}
        title={props.supported ? t().meetings.wall.unsupport : t().meetings.wall.support}
        onClick={() => props.onToggle()}
      >
        <span data-testid="support-count">{t().meetings.wall.supporters(props.count)}</span>
      </button>
    </Show>
  )
}
