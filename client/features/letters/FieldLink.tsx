import type { Component, JSX } from 'solid-js'
import { useRouter } from '../../app/router'

/** Frames to wait for a tab's field to be drawn before giving up on focusing it. */
const FIELD_WAIT_FRAMES = 30

function focusWhenShown(id: string, frames = FIELD_WAIT_FRAMES): void {
  const element = document.getElementById(id)
  if (element) {
    element.focus()
    element.scrollIntoView({ block: 'center' })
  } else if (frames > 0) {
    requestAnimationFrame(() => focusWhenShown(id, frames - 1))
  }
}

/**
 * A link to where a value is set: another tab (its card opened by the
 * address's `#field-…`) or a field of this one, which takes the focus.
 */
export const FieldLink: Component<{
  href: string
  fieldId?: string | null
  testId?: string
  children: JSX.Element
}> = (props) => {
  const router = useRouter()
  const href = () => (props.fieldId ? `${props.href}#${props.fieldId}` : props.href)
  const follow = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    if (window.location.pathname !== props.href) router.navigate(href())
    else if (props.fieldId) window.history.replaceState(window.history.state, '', href())
    if (props.fieldId) focusWhenShown(props.fieldId)
  }
  return (
    <a href={href()} data-testid={props.testId} onClick={follow}>
      {props.children}
    </a>
  )
}
