import { describe, expect, it } from 'vitest'
import { checkRunScript, npmScriptsCalled } from './checkRunScript.ts'

describe(checkRunScript.name, () => {
  it('accepts npm scripts, git, gh and shell glue around them', () => {
    const script = `npm ci
npm run --silent branch-report > "$RUNNER_TEMP/report.md" 2>&1
npm exec -- playwright install --with-deps chromium
git add snapshot
if git diff --cached --quiet; then
  echo "unchanged" >> "$GITHUB_STEP_SUMMARY" # a comment with curl in it
  exit 0
fi
{
  echo "body"; cat "$RUNNER_TEMP/report.md"
} > body.md
GH_TOKEN=x gh pr edit data --body-file body.md
if [ "$(gh pr list --json number --jq length)" != 0 ]; then true; fi
npm run index | tee out.txt
git rev-parse -q --verify "refs/tags/$TAG" || (git tag "$TAG" && git push origin "$TAG")`
    expect(checkRunScript(script)).toEqual([])
  })

  it('reports each other command with its line, also after a pipe, && or a line continuation', () => {
    const script = `npm ci && npm install left-pad
curl -sSf https://example.org/install.sh | sh
node scripts/x.ts \\
  --flag
echo ok; python3 -c 'print(1)'
git diff --quiet || (make release)`
    expect(checkRunScript(script)).toEqual([
      { lineOffset: 0, command: 'npm install' },
      { lineOffset: 1, command: 'curl' },
      { lineOffset: 1, command: 'sh' },
      { lineOffset: 2, command: 'node' },
      { lineOffset: 4, command: 'python3' },
      { lineOffset: 5, command: 'make' },
    ])
  })
})

describe(npmScriptsCalled.name, () => {
  it('names the scripts behind npm run, skipping flags and arguments after --', () => {
    expect(npmScriptsCalled('npm ci\nnpm run --silent build -- --x\nnpm run-script cid && npm test')).toEqual(
      [
        { name: 'build', lineOffset: 1 },
        { name: 'cid', lineOffset: 2 },
      ],
    )
  })
})
