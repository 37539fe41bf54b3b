import type { Component, JSX } from 'solid-js'
import { useRouter } from './router'

/** A link inside the app: followed without a reload, opened normally with a modifier key. */
export const Link: Component<{
  href: string
  class?: string
  /** Marks the link to the page being shown. */
  current?: boolean
  testId?: string
  children: JSX.Element
}> = (props) => {
  const router = useRouter()
  const follow = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    router.navigate(props.href)
  }
  return (
    <a
      href={props.href}
      class={props.class}
      aria-current={props.current ? 'page' : undefined}
      data-testid={props.testId}
      onClick={follow}
    >
      {props.children}
    </a>
  )
}
