/** Moves the caret into the field of `testId` once it is drawn: a new entry's name. */
export function focusTestId(testId: string): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus()
  })
}
