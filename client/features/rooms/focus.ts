/** Moves the focus to the element of `testId` once it is drawn: a new entry's name, the list's button after a deletion. */
export function focusTestId(testId: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus()
  })
}
