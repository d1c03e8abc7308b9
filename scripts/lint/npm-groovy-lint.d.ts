// npm-groovy-lint ships no types for its entry point; this declares the part groovyLint.ts uses.
declare module 'npm-groovy-lint' {
  export default class NpmGroovyLint {
    constructor(options: Record<string, unknown>, internalOptions: Record<string, unknown>)
    run(): Promise<NpmGroovyLint>
    status: number
    error: unknown
    lintResult: unknown
  }
}
