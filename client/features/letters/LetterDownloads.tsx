import { type Component, createSignal, For, Show } from 'solid-js'
import type { ContactLanguage } from '../../../shared/directory'
import type { EditionSnapshot } from '../../../shared/doc/edition'
import type { FieldIssue } from '../../../shared/errors'
import {
  isLetterField,
  type LetterFacts,
  type LetterField,
} from '../../../shared/letters/letter-fields'
import { PACK_FILES, type PackState } from '../../../shared/letters/pack'
import { useI18n } from '../../lib/i18n'
import { useCatalogue } from '../../lib/i18n/catalogue'
import { pickText } from '../../lib/localized-text'
import { createVersionList } from '../versions/version-list'
import { type FileProblem, fileProblems } from './download-checks'
import { packFilePath, packZipPath } from './letters-api'
import { lettersMessages } from './letters-messages'
import { PackLink } from './PackLink'

/**
 * The pack's files: the chosen collectivité's letter (PDF, Word) and three
 * attachments, and the whole pack as one ZIP; each file the server would
 * refuse says instead what it lacks, in the reader's language. Editors only.
 */
export const LetterDownloads: Component<{
  editionId: string
  edition: EditionSnapshot
  /** The chosen collectivité, its letters' language and their facts; null when none is chosen. */
  recipient: { collectiviteId: string; lang: ContactLanguage; facts: LetterFacts } | null
  pack: PackState | undefined
}> = (props) => {
  const { locale } = useI18n()
  const m = useCatalogue(lettersMessages)
  const { versions } = createVersionList(() => props.editionId)
  const [versionId, setVersionId] = createSignal<string | null>(null)
  const problemText = (problem: FileProblem) => {
    switch (problem.kind) {
      case 'empty_template':
        return m().problem.emptyTemplate
      case 'unknown_field':
        return m().problem.unknown(problem.code)
      case 'missing_agenda':
        return m().problem.missingAgenda
      default:
        return m().field[problem.field]
    }
  }
  /** A refusal of the server in words: what is lacking, and for a pack, by whom. */
  const describe = (issues: FieldIssue[]) => {
    const problems = new Set<string>()
    const who = new Set<string>()
    for (const issue of issues) {
      if (issue.code === 'missing_field' && isLetterField(issue.message)) {
        problems.add(m().field[issue.message])
      } else if (issue.code === 'unknown_field') problems.add(m().problem.unknown(issue.message))
      else if (issue.code === 'empty_template') problems.add(m().problem.emptyTemplate)
      else if (issue.code === 'missing_agenda') problems.add(m().problem.missingAgenda)
      const id = /^collectivites\.([^.]+)\./.exec(issue.path)?.[1]
      const collectivite = props.edition.collectivites.find((each) => each.id === id)
      if (collectivite) who.add(pickText(collectivite.name, locale()).main)
    }
    const lacking = problems.size > 0 ? [...problems].join(', ') : m().downloadFailed
    return who.size > 0 ? m().refusedFor([...who].join(', '), lacking) : m().fileRefused(lacking)
  }
  /** Per language its letters are written in, what the pack's letters lack edition-wide. */
  const packGaps = () => {
    const pack = props.pack
    if (!pack) return []
    const langs = [...new Set(pack.recipients.map((recipient) => recipient.language))]
    return langs
      .map((lang) => ({ lang, fields: pack.missing[lang] }))
      .filter((gap) => gap.fields.length > 0)
  }
  return (
    <section
      class="panel letter-downloads"
      aria-labelledby="letter-downloads-title"
      data-testid="letter-downloads"
    >
      <h3 id="letter-downloads-title" class="panel-title">
        {m().downloads}
      </h3>
      <p class="muted hint">{m().downloadsHint}</p>
      <label class="select-field pack-programme">
        <span class="field-label">{m().programmeSource}</span>
        <select
          data-testid="pack-programme-version"
          value={versionId() ?? ''}
          onChange={(event) => setVersionId(event.currentTarget.value || null)}
        >
          <option value="">{m().draft}</option>
          <For each={versions.error ? [] : (versions.latest ?? [])}>
            {(version) => <option value={version.id}>{version.name}</option>}
          </For>
        </select>
      </label>
      <Show when={props.recipient} fallback={<p class="muted">{m().chooseFirst}</p>}>
        {(recipient) => (
          <ul class="pack-files">
            <For each={PACK_FILES}>
              {(file) => {
                const problems = () =>
                  fileProblems(file, props.edition, recipient().facts, recipient().lang)
                return (
                  <li class="pack-file" data-file={file}>
                    <Show
                      when={problems().length === 0}
                      fallback={
                        <>
                          <span class="pack-file-name">{m().file[file]}</span>{' '}
                          <span
                            class="field-error"
                            data-testid="pack-file-refused"
                            data-file={file}
                          >
                            {m().fileRefused(problems().map(problemText).join(', '))}
                          </span>
                        </>
                      }
                    >
                      <PackLink
                        class="btn"
                        href={packFilePath(
                          props.editionId,
                          recipient().collectiviteId,
                          file,
                          versionId(),
                        )}
                        file={file}
                        testId="pack-file"
                        describe={describe}
                      >
                        {m().file[file]}
                      </PackLink>
                    </Show>
                  </li>
                )
              }}
            </For>
          </ul>
        )}
      </Show>
      <div class="pack-zip">
        <Show when={props.pack} fallback={<p class="muted">{m().packLoading}</p>}>
          {(pack) => (
            <Show
              when={pack().recipients.length > 0}
              fallback={<p class="muted">{m().noRecipients}</p>}
            >
              <Show
                when={packGaps().length === 0}
                fallback={
                  <div data-testid="pack-zip-refused">
                    <span class="pack-file-name">{m().zip}</span>
                    <ul class="field-error">
                      <For each={packGaps()}>
                        {(gap) => (
                          <li>
                            {m().packRefused(
                              m().langName[gap.lang],
                              gap.fields.map((field) => m().field[field as LetterField]).join(', '),
                            )}
                          </li>
                        )}
                      </For>
                    </ul>
                  </div>
                }
              >
                <PackLink
                  class="btn primary"
                  href={packZipPath(props.editionId, versionId())}
                  file="pack.zip"
                  testId="pack-zip"
                  describe={describe}
                >
                  {m().zip}
                </PackLink>
                <p class="muted hint">{m().packComplete}</p>
              </Show>
            </Show>
          )}
        </Show>
      </div>
    </section>
  )
}
