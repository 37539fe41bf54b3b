import { type Component, type JSX, Show } from 'solid-js'

/** One field of the people pages' forms: its label above its control, its hint below. */
export const FormField: Component<{
  /** The id of the control the label names. */
  for: string
  label: string
  hint?: string
  children: JSX.Element
}> = (props) => (
  <div class="form-field">
    <label class="field-label" for={props.for}>
      {props.label}
    </label>
    {props.children}
    <Show when={props.hint}>
      <span class="muted hint" id={`${props.for}-hint`}>
        {props.hint}
      </span>
    </Show>
  </div>
)

/** A text input as a form field; its id is its test id too. */
export const TextField: Component<{
  id: string
  label: string
  lang?: string
  hint?: string
  value: string
  invalid?: boolean
  ref?: (input: HTMLInputElement) => void
  onInput: (value: string) => void
}> = (props) => (
  <FormField for={props.id} label={props.label} hint={props.hint}>
    <input
      id={props.id}
      ref={props.ref}
      type="text"
      lang={props.lang}
      data-testid={props.id}
      value={props.value}
      aria-invalid={props.invalid}
      aria-describedby={props.hint ? `${props.id}-hint` : undefined}
      onInput={(event) => props.onInput(event.currentTarget.value)}
    />
  </FormField>
)
