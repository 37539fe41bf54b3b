/** The pack's files of a job, made on the export thread, and the zip of a whole pack. */
import { zipSync } from 'fflate'
import { PackFile } from '../../../shared/letters/pack'
import { renderAgendaPdf } from './agenda-pdf'
import { renderFormPdf } from './form-pdf'
import { renderLetterDocx } from './letter-docx'
import { renderLetterPdf } from './letter-pdf'
import type { PackFiles, PackJob, ZipEntries } from './pack-job'
import { renderProgrammePdf } from './programme-pdf'

const RENDER: Record<PackFile, (job: PackJob) => Promise<Uint8Array>> = {
  [PackFile.LetterPdf]: renderLetterPdf,
  [PackFile.LetterDocx]: renderLetterDocx,
  [PackFile.AgendaPdf]: renderAgendaPdf,
  [PackFile.FormPdf]: renderFormPdf,
  [PackFile.ProgrammePdf]: renderProgrammePdf,
}

export async function renderPackFiles(job: PackJob): Promise<PackFiles> {
  const files: PackFiles = {}
  for (const file of job.files) {
    const render = RENDER[file]
    if (!render) throw new Error(`no pack file named ${file}`)
    files[file] = await render(job)
  }
  return files
}

/**
 * The files in one zip, stored as they are: PDFs and Word files are
 * compressed already, and deflating them again would cost the thread
 * seconds for a few per cent.
 */
export function zipPack(entries: ZipEntries): Uint8Array {
  const stored: Record<string, [Uint8Array, { level: 0 }]> = {}
  for (const [path, bytes] of Object.entries(entries)) stored[path] = [bytes, { level: 0 }]
  return zipSync(stored)
}
