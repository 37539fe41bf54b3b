import { type Component, Show } from 'solid-js'

/**
 * Two buttons moving an entry one place earlier or later, each named for a
 * screen reader ("Move “Kaze” left in the grid"); focus stays on the button
 * pressed, so that pressing it again moves the entry on.
 */
export const MoveButtons: Component<{
  /** The arrows shown: ← → for the grid's columns, ↑ ↓ for a list. */
  axis: 'row' | 'column'
  earlierLabel: string
  laterLabel: string
  isFirst: boolean
  isLast: boolean
  testIdPrefix: string
  onMove: (direction: -1 | 1) => void
}> = (props) => {
  let earlier: HTMLButtonElement | undefined
  let later: HTMLButtonElement | undefined
  const move = (direction: -1 | 1) => {
    props.onMove(direction)
    const [pressed, other] = direction < 0 ? [earlier, later] : [later, earlier]
    // At the end of the line the button pressed is disabled: the other one keeps the focus.
    requestAnimationFrame(() => (pressed?.disabled ? other : pressed)?.focus())
  }
  return (
    <span class="move-buttons">
      <button
        type="button"
        ref={earlier}
        class="btn"
        aria-label={props.earlierLabel}
        title={props.earlierLabel}
        data-testid={`${props.testIdPrefix}-earlier`}
        disabled={props.isFirst}
        onClick={() => move(-1)}
      >
        <Show when={props.axis === 'row'} fallback="↑">
          ←
        </Show>
      </button>
      <button
        type="button"
        ref={later}
        class="btn"
        aria-label={props.laterLabel}
        title={props.laterLabel}
        data-testid={`${props.testIdPrefix}-later`}
        disabled={props.isLast}
        onClick={() => move(1)}
      >
        <Show when={props.axis === 'row'} fallback="↓">
          →
        </Show>
      </button>
    </span>
  )
}
