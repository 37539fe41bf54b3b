import { type Accessor, createSignal } from 'solid-js'
import type * as Y from 'yjs'
import { createEditionUndoManager } from '../../shared/doc/edition'

/** Marks a field whose Ctrl+Z goes to the edition's history instead of the browser's. */
export const UNDO_SCOPE_ATTRIBUTE = 'data-undo-scope'
export const UNDO_SCOPE_EDITION = 'edition'

export const UndoAction = { Undo: 'undo', Redo: 'redo' } as const
export type UndoAction = (typeof UndoAction)[keyof typeof UndoAction]

/** This browser's own edits to one edition, undone and redone; the others' edits are never touched. */
export interface UndoHistory {
  canUndo: Accessor<boolean>
  canRedo: Accessor<boolean>
  undo(): void
  redo(): void
  run(action: UndoAction): void
  /**
   * Runs one discrete edit (a move, a choice in a list) as an undo step of its
   * own, so that it never merges with typing just before or after it.
   */
  step<T>(edit: () => T): T
  destroy(): void
}

/** Edits less than this many ms apart undo together: a burst of typing is one step. */
const CAPTURE_TIMEOUT_MS = 500

/** The undo history of the edition in `doc`, tracking the transactions tagged `origin`. */
export function createUndoHistory(doc: Y.Doc, origin: unknown): UndoHistory {
  const manager = createEditionUndoManager(doc, [origin], CAPTURE_TIMEOUT_MS)
  const [canUndo, setCanUndo] = createSignal(false)
  const [canRedo, setCanRedo] = createSignal(false)
  const refresh = () => {
    setCanUndo(manager.canUndo())
    setCanRedo(manager.canRedo())
  }
  const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const
  for (const event of events) manager.on(event, refresh)

  const undo = () => {
    manager.stopCapturing()
    manager.undo()
  }
  const redo = () => {
    manager.stopCapturing()
    manager.redo()
  }
  return {
    canUndo,
    canRedo,
    undo,
    redo,
    run: (action) => (action === UndoAction.Undo ? undo() : redo()),
    step(edit) {
      manager.stopCapturing()
      try {
        return edit()
      } finally {
        manager.stopCapturing()
      }
    },
    destroy() {
      for (const event of events) manager.off(event, refresh)
      manager.destroy()
    },
  }
}

/** Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y, whatever the keyboard layout puts them. */
export function undoShortcut(event: KeyboardEvent): UndoAction | null {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? UndoAction.Redo : UndoAction.Undo
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return UndoAction.Redo
  return null
}

/**
 * Whether the browser's own undo should keep `target`: an input or an editable
 * area that is not bound to the edition (a name, a number being typed).
 * A bound text field is not one of them: the binding rewrites its value on
 * every remote change, which empties the browser's undo stack, and a native
 * undo would come back as a new edit rather than a step of this history.
 */
function keepsNativeUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.closest(`[${UNDO_SCOPE_ATTRIBUTE}=${UNDO_SCOPE_EDITION}]`)) return false
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target.isContentEditable
  )
}

/** Routes the undo shortcuts (and the Undo of a bound field's menu) to `history`; returns the unbind. */
export function bindUndoKeys(history: UndoHistory): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    // Mid-composition the keys belong to the input method.
    if (event.isComposing || keepsNativeUndo(event.target)) return
    const action = undoShortcut(event)
    if (!action) return
    event.preventDefault()
    history.run(action)
  }
  const onBeforeInput = (event: InputEvent) => {
    if (!event.cancelable || keepsNativeUndo(event.target)) return
    const action =
      event.inputType === 'historyUndo'
        ? UndoAction.Undo
        : event.inputType === 'historyRedo'
          ? UndoAction.Redo
          : null
    if (!action) return
    event.preventDefault()
    history.run(action)
  }
  window.addEventListener('keydown', onKeyDown)
  window.addEventListener('beforeinput', onBeforeInput)
  return () => {
    window.removeEventListener('keydown', onKeyDown)
    window.removeEventListener('beforeinput', onBeforeInput)
  }
}
