import type { Component } from 'solid-js'
import { useI18n } from '../../lib/i18n'
import { DEFAULT_DOC_NAME, docUrl } from '../../sync/doc-name'

export const InvalidDocument: Component<{ docName: string }> = (props) => {
  const { t } = useI18n()
  return (
    <main class="page">
      <p class="notice" role="alert">
        {t().invalidDocument(props.docName)}
      </p>
      <p>
        <a href={docUrl(window.location.origin, DEFAULT_DOC_NAME)}>{t().openDemo}</a>
      </p>
    </main>
  )
}
