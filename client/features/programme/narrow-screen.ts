import { type Accessor, createSignal, onCleanup } from 'solid-js'

/** The width below which the programme shows one day as a list, as a phone needs. */
export const PHONE_QUERY = '(max-width: 40rem)'

/** Whether the window matches `query` now, following it as the window turns or is resized. */
export function createMediaQuery(query: string): Accessor<boolean> {
  const list = window.matchMedia(query)
  const [matches, setMatches] = createSignal(list.matches)
  const onChange = (event: MediaQueryListEvent) => setMatches(event.matches)
  list.addEventListener('change', onChange)
  onCleanup(() => list.removeEventListener('change', onChange))
  return matches
}
