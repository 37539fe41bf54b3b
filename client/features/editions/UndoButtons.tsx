import type { Component } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import type { UndoHistory } from '../../sync/undo'
import './undo-buttons.css'

const MOD_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl'

/** Undo and redo of one's own edits to the edition. */
export const UndoButtons: Component<{ history: UndoHistory }> = (props) => {
  const { t } = useI18n()
  return (
    <div class="undo-buttons">
      <button
        type="button"
        class="undo-button"
        data-testid="undo"
        disabled={!props.history.canUndo()}
        aria-label={t().edition.history.undo}
        title={t().edition.history.undoHint(MOD_KEY)}
        onClick={() => props.history.undo()}
      >
        ↶
      </button>
      <button
        type="button"
        class="undo-button"
        data-testid="redo"
        disabled={!props.history.canRedo()}
        aria-label={t().edition.history.redo}
        title={t().edition.history.redoHint(MOD_KEY)}
        onClick={() => props.history.redo()}
      >
        ↷
      </button>
    </div>
  )
}
