/** One Definition-of-Done check: an npm script and the arguments it gets after `--`. */
export interface DodCheck {
  /** What the table calls it. */
  name: string
  /** The npm script (`npm run <script>`). */
  script: string
  /** Arguments passed through to the script. */
  args?: readonly string[]
}

/**
 * The Definition of Done, in the order `npm run dod` runs it: the same npm scripts CI's jobs and the
 * Jenkinsfile call, so a green `npm run dod` predicts a green pipeline.
 */
export const DOD_PLAN: readonly DodCheck[] = [
  { name: 'lint', script: 'lint' },
  { name: 'typecheck', script: 'typecheck' },
  { name: 'schema check', script: 'schema', args: ['--check'] },
  { name: 'unit + coverage', script: 'test:unit' },
  { name: 'build', script: 'build' },
  { name: 'e2e', script: 'test:e2e' },
  { name: 'workflow lint', script: 'lint:workflows' },
  { name: 'container lint', script: 'lint:containers' },
  { name: 'jenkinsfile lint', script: 'lint:jenkins' },
  { name: 'CID', script: 'cid' },
]
