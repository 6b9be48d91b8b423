/**
 * Writes an annotated copy without ever touching an input: the copy goes to a temp file in the target directory
 * and is renamed into place; a target that is (or links to) any input — compared by device and inode, so a
 * symlinked directory or a hard link is caught — is refused, and an existing file only replaced with --force.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import path from 'path';
import type ExcelJS from 'exceljs';
import type { Finding } from '../../core/report/types';
import { cliStrings } from '../../strings/cli';
import { annotateWorkbook } from '../../xlsx/annotate';
import { plainReason } from './describe';
import { identityOf } from './inputs';

const S = cliStrings.check;

export interface AnnotatePolicy {
  /** Replace an existing file that is not an input. */
  force: boolean;
  /** `dev:ino` of every input of the run. */
  inputs: ReadonlySet<string>;
}

export type AnnotationResult = { target: string; painted: number } | { error: string };

export async function writeAnnotatedCopy(
  workbook: () => Promise<ExcelJS.Workbook>,
  findings: readonly Finding[],
  target: string,
  policy: AnnotatePolicy,
): Promise<AnnotationResult> {
  const refusal = await refuse(target, policy);
  if (refusal) return { error: refusal };
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const book = await workbook();
    const { painted } = annotateWorkbook(book, findings);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    await fs.writeFile(temp, bytes, { flag: 'wx' }); // wx: never reuse a file that is already there
    // Checked again just before the rename: the directory may have changed while the copy was painted.
    const late = await refuse(target, policy);
    if (late) {
      await fs.unlink(temp);
      return { error: late };
    }
    await fs.rename(temp, target);
    return { target, painted };
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    return { error: plainReason(error) };
  }
}

/** Why the copy may not be written to `target`, or undefined when it may. */
async function refuse(target: string, policy: AnnotatePolicy): Promise<string | undefined> {
  const [link, pointee] = await Promise.all([
    fs.lstat(target).catch(() => undefined),
    fs.stat(target).catch(() => undefined),
  ]);
  const dir = await fs.stat(path.dirname(target)).catch(() => undefined);
  if (dir && !dir.isDirectory()) return cliStrings.reasons.notDirectory;
  if (!link) return undefined;
  if (policy.inputs.has(identityOf(link)) || (pointee && policy.inputs.has(identityOf(pointee))))
    return S.annotateIsInput;
  if (link.isDirectory()) return cliStrings.reasons.isDirectory;
  return policy.force ? undefined : S.annotateExists(target);
}
