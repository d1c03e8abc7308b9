import { describe, expect, it } from 'vitest'
import { ListenFailedError, startHttpServer } from './startHttpServer.ts'
import { request } from './test/request.ts'

describe('startHttpServer', () => {
  it('serves on a free loopback port and closes despite a keep-alive client', async () => {
    const server = await startHttpServer(
      async (_request, response) => {
        response.end('ok')
      },
      { host: '127.0.0.1', port: 0 },
    )
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
    const response = await fetch(`${server.url}/`, { headers: { connection: 'keep-alive' } })
    expect(await response.text()).toBe('ok')
    await server.close()
    await expect(fetch(`${server.url}/`)).rejects.toThrow()
  })

  it('turns a handler failure into a 500 that says what went wrong', async () => {
    const server = await startHttpServer(
      async () => {
        throw new Error('boom')
      },
      { host: '127.0.0.1', port: 0 },
    )
    try {
      const response = await request(server.url, '/')
      expect(response.status).toBe(500)
      expect(response.text).toContain('boom')
    } finally {
      await server.close()
    }
  })

  it('throws ListenFailedError with the code when the port is taken', async () => {
    const first = await startHttpServer(async (_request, response) => void response.end(), {
      host: '127.0.0.1',
      port: 0,
    })
    try {
      const error = await startHttpServer(async () => {}, { host: '127.0.0.1', port: first.port }).catch(
        (caught) => caught,
      )
      expect(error).toBeInstanceOf(ListenFailedError)
      expect(error.code).toBe('EADDRINUSE')
      expect(error.message).toContain('PORT')
    } finally {
      await first.close()
    }
  })
})
