import { type Component, For } from 'solid-js'
import type { Theme } from '../../../shared/doc/edition'
import { useI18n } from '../../lib/i18n'
import { workshopLabel } from '../meetings/format'

/** A proposal's theme: none, or one of the edition's workshops. `''` is no theme. */
export const ThemeSelect: Component<{
  id?: string
  testid: string
  workshops: readonly Theme[]
  value: string
  onChange: (themeId: string) => void
}> = (props) => {
  const { t, locale } = useI18n()
  return (
    <select
      id={props.id}
      data-testid={props.testid}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
    >
      <option value="">{t().proposals.noTheme}</option>
      <For each={props.workshops}>
        {(theme) => (
          <option value={theme.id}>
            {workshopLabel(theme.id, props.workshops, locale(), t())}
          </option>
        )}
      </For>
    </select>
  )
}
