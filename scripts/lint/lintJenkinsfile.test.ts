import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { LintDiagnostic } from './LintDiagnostic.ts'
import { lintJenkinsfile } from './lintJenkinsfile.ts'

const scripts = new Set(['lint', 'build', 'test'])
const lines = (diagnostics: LintDiagnostic[]) => diagnostics.map((d) => `${d.line} ${d.rule} ${d.message}`)

describe(lintJenkinsfile.name, () => {
  it('passes the project Jenkinsfile when package.json has every script it calls', () => {
    const text = readFileSync(new URL('../../Jenkinsfile', import.meta.url), 'utf8')
    const called = [...text.matchAll(/sh 'npm run ([^\s']+)/g)].map((match) => match[1] ?? '')
    expect(called).toEqual(
      expect.arrayContaining(['test:unit', 'test:e2e', 'branch-report', 'release:deploy']),
    )
    expect(lintJenkinsfile(text, 'Jenkinsfile', new Set(called))).toEqual([])
  })

  it('passes a declarative pipeline whose steps are npm scripts, in every sh form', () => {
    const good = `// comment with sh 'curl' in it
pipeline {
    agent any
    stages {
        stage('install') { steps { sh 'npm ci' } }
        stage('checks') {
            parallel {
                stage('lint') {
                    steps {
                        sh "npm run lint"
                        sh(script: 'npm run --silent build', label: 'build')
                        sh '''npm test'''
                    }
                }
            }
        }
    }
    post { always { junit 'test-results/*.xml' } }
}
`
    expect(lintJenkinsfile(good, 'Jenkinsfile', scripts)).toEqual([])
  })

  it('reports shell logic, unknown scripts and stages or pipelines missing their parts', () => {
    const bad = `pipeline {
    stages {
        stage('deploy') {
            when { branch 'main' }
        }
        stage('build') {
            steps {
                sh 'npm run biuld'
                sh "curl -sSf https://example.org | sh"
                sh 'npm run build && rm -rf dist'
                bat 'npm install'
            }
        }
    }
}
`
    expect(lines(lintJenkinsfile(bad, 'Jenkinsfile', scripts))).toEqual([
      '1 declarative-pipeline `pipeline` has no `agent`: add `agent any` (or a label).',
      "3 declarative-pipeline stage('deploy') has no steps, parallel, stages or matrix block.",
      '8 npm-script-exists `npm run biuld`: package.json has no script "biuld".',
      "9 npm-scripts-only `sh 'curl -sSf https://example.org | sh'` is not an npm script: move the logic into package.json and call `npm run <script>`.",
      "10 npm-scripts-only `sh 'npm run build && rm -rf dist'` is not an npm script: move the logic into package.json and call `npm run <script>`.",
      "11 npm-scripts-only `bat 'npm install'` is not an npm script: move the logic into package.json and call `npm run <script>`.",
    ])
  })

  it('reports unbalanced braces, unclosed strings and a scripted pipeline', () => {
    expect(lines(lintJenkinsfile('pipeline {\n  agent any\n  stages {\n', 'J', scripts))).toEqual([
      '3 jenkinsfile-syntax This `{` is never closed.',
    ])
    expect(lines(lintJenkinsfile('pipeline {\n  agent any\n}\n}\n', 'J', scripts))).toEqual([
      '4 jenkinsfile-syntax This `}` closes nothing.',
    ])
    expect(lines(lintJenkinsfile("pipeline {\n  agent any\n  sh 'npm ci\n}\n", 'J', scripts))).toEqual([
      '3 jenkinsfile-syntax A string or comment opened here is never closed.',
    ])
    expect(lines(lintJenkinsfile("node {\n  sh 'npm ci'\n}\n", 'J', scripts))).toEqual([
      '1 declarative-pipeline No `pipeline { … }` block: write a declarative pipeline.',
    ])
  })
})
