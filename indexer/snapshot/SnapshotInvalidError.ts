import { BaseError } from '../errors/BaseError.ts'

/** Thrown when a snapshot file exists but is not a valid snapshot of the chain it is named after. */
export class SnapshotInvalidError extends BaseError {
  override name = 'SnapshotInvalidError'
  readonly file: string
  constructor({ file, problem, cause }: { file: string; problem: string; cause?: unknown }) {
    super(`${file} is not a valid snapshot: ${problem}`, {
      cause,
      metaMessages: [`Restore it with \`git checkout -- ${file}\`, or delete it and run \`npm run index\`.`],
    })
    this.file = file
  }
}
