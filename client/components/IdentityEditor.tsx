import { type Component, For } from 'solid-js'
import { MAX_PRESENCE_NAME_LENGTH } from '../../shared/doc/presence'
import { useI18n } from '../i18n'
import { type IdentityStore, PALETTE } from '../stores/identity'

export const IdentityEditor: Component<{ identity: IdentityStore }> = (props) => {
  const { t } = useI18n()
  return (
    <section class="panel identity">
      <label class="field-label" for="your-name">
        {t().yourName}
      </label>
      <input
        id="your-name"
        data-testid="your-name"
        type="text"
        autocomplete="nickname"
        maxLength={MAX_PRESENCE_NAME_LENGTH}
        placeholder={t().guest(props.identity.guestNumber)}
        value={props.identity.customName()}
        onInput={(event) => props.identity.setCustomName(event.currentTarget.value)}
      />
      <fieldset class="colors">
        <legend class="field-label">{t().yourColor}</legend>
        <For each={PALETTE}>
          {(color, index) => (
            <button
              type="button"
              class="color-choice"
              style={{ background: color }}
              aria-label={t().color(index() + 1)}
              aria-pressed={props.identity.color() === color}
              onClick={() => props.identity.setColor(color)}
            />
          )}
        </For>
      </fieldset>
    </section>
  )
}
