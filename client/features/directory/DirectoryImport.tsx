import { type Component, createSignal, For, Match, Show, Switch } from 'solid-js'
import type { DirectoryColumn, DirectoryImportReport } from '../../../shared/directory'
import { ApiError } from '../../lib/api'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { importDirectory } from './directory-api'
import { directoryMessages } from './directory-messages'

type Step =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'preview'; file: File; report: DirectoryImportReport }
  | { step: 'writing'; file: File; report: DirectoryImportReport }
  | { step: 'done'; report: DirectoryImportReport }
  | { step: 'refused'; reason: string }

/**
 * The import of the committee's spreadsheet: a file chosen is previewed,
 * nothing written; it is written only once confirmed, then the result shown.
 */
export const DirectoryImport: Component<{ onImported: () => void }> = (props) => {
  const t = useCatalogue(directoryMessages)
  const [state, setState] = createSignal<Step>({ step: 'idle' })
  let input: HTMLInputElement | undefined
  let heading: HTMLHeadingElement | undefined

  const refusal = (error: unknown): string => {
    if (!(error instanceof ApiError)) return t().failed
    const missing = error.issues.filter((issue) => issue.code === 'missing_column')
    if (missing.length > 0) {
      const names = missing
        .map((issue) => t().columns[issue.path as DirectoryColumn] ?? issue.path)
        .join(', ')
      return t().fileRefused(t().missingColumns(names))
    }
    return t().fileRefused(error.message)
  }

  const showStep = (next: Step) => {
    setState(next)
    queueMicrotask(() => heading?.focus())
  }

  const choose = async (file: File | undefined) => {
    if (!file) return
    setState({ step: 'reading' })
    try {
      showStep({ step: 'preview', file, report: await importDirectory(file, true) })
    } catch (error) {
      showStep({ step: 'refused', reason: refusal(error) })
    }
  }
  const confirm = async (file: File, report: DirectoryImportReport) => {
    setState({ step: 'writing', file, report })
    try {
      showStep({ step: 'done', report: await importDirectory(file, false) })
      props.onImported()
    } catch (error) {
      showStep({ step: 'refused', reason: refusal(error) })
    }
  }
  const reset = () => {
    setState({ step: 'idle' })
    if (input) input.value = ''
    queueMicrotask(() => input?.focus())
  }

  const report = () => {
    const now = state()
    return now.step === 'preview' || now.step === 'writing' || now.step === 'done'
      ? now.report
      : null
  }

  return (
    <section class="panel directory-import" aria-labelledby="directory-import-title">
      <h3 class="panel-title" id="directory-import-title">
        {t().importTitle}
      </h3>
      <p class="field-hint">{t().importIntro}</p>
      <Show when={state().step === 'idle' || state().step === 'reading'}>
        {/* The browser's own file button speaks the browser's language: ours speaks the reader's. */}
        <input
          ref={input}
          id="directory-import-file"
          class="visually-hidden directory-file-input"
          data-testid="directory-import-file"
          type="file"
          accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={state().step === 'reading'}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
        <label class="btn directory-file-button" for="directory-import-file">
          {t().chooseFile}
        </label>
        <Show when={state().step === 'reading'}>
          <p class="muted" role="status">
            {t().previewing}
          </p>
        </Show>
      </Show>
      <div data-testid="directory-import-report" aria-live="polite">
        <Switch>
          <Match
            when={(() => {
              const now = state()
              return now.step === 'refused' ? now.reason : null
            })()}
          >
            {(reason) => (
              <>
                <p class="field-error" role="alert" data-testid="directory-import-refused">
                  {reason()}
                </p>
                <button type="button" class="btn" onClick={reset}>
                  {t().importAgain}
                </button>
              </>
            )}
          </Match>
          <Match when={report()}>
            {(shown) => (
              <div class="directory-report">
                <h4 ref={heading} tabIndex={-1} class="directory-report-title">
                  {(() => {
                    const now = state()
                    return now.step === 'done'
                      ? t().doneTitle
                      : 'file' in now
                        ? t().previewTitle(now.file.name)
                        : ''
                  })()}
                </h4>
                <ul class="directory-report-counts">
                  <li data-testid="import-added">{t().added(shown().added.length)}</li>
                  <li data-testid="import-updated">{t().updated(shown().updated.length)}</li>
                  <li data-testid="import-unchanged">{t().unchanged(shown().unchanged)}</li>
                  <li data-testid="import-refused-count">{t().refused(shown().refused.length)}</li>
                </ul>
                <Show when={shown().refused.length > 0}>
                  <ul class="directory-refused" data-testid="import-refused">
                    <For each={shown().refused}>
                      {(row) => (
                        <li data-testid="import-refused-row" data-line={row.line}>
                          {t().refusedRow(
                            row.line,
                            row.column ? t().columns[row.column] : null,
                            t().problems[row.code],
                          )}
                          <Show when={row.sameAsLine}>
                            {(line) => <span class="muted">{t().sameAsLine(line())}</span>}
                          </Show>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <Show when={shown().unknownEditions.length > 0}>
                  <p class="muted">{t().unknownEditions(shown().unknownEditions)}</p>
                </Show>
                <Switch>
                  <Match when={state().step === 'done'}>
                    <p role="status" data-testid="import-done">
                      {t().done(shown().added.length, shown().updated.length)}
                    </p>
                    <button type="button" class="btn" onClick={reset}>
                      {t().importAgain}
                    </button>
                  </Match>
                  <Match when={state().step === 'preview' || state().step === 'writing'}>
                    <Show when={shown().added.length + shown().updated.length === 0}>
                      <p class="muted">{t().nothingToWrite}</p>
                    </Show>
                    <div class="form-actions">
                      <button
                        type="button"
                        class="btn primary"
                        data-testid="directory-import-confirm"
                        disabled={
                          state().step === 'writing' ||
                          shown().added.length + shown().updated.length === 0
                        }
                        onClick={() => {
                          const now = state()
                          if (now.step === 'preview') void confirm(now.file, now.report)
                        }}
                      >
                        {state().step === 'writing' ? t().importing : t().confirmImport}
                      </button>
                      <button
                        type="button"
                        class="btn"
                        data-testid="directory-import-cancel"
                        disabled={state().step === 'writing'}
                        onClick={reset}
                      >
                        {t().cancelImport}
                      </button>
                    </div>
                  </Match>
                </Switch>
              </div>
            )}
          </Match>
        </Switch>
      </div>
    </section>
  )
}
