import { z } from 'zod'

/** A JSON-RPC 2.0 error object (https://www.jsonrpc.org/specification#error_object). */
export const JsonRpcErrorSchema = z.object({
  code: z.number().int(),
  message: z.string(),
  data: z.unknown().optional(),
})
/** What a node said instead of a result. */
export type JsonRpcError = z.output<typeof JsonRpcErrorSchema>

/**
 * One JSON-RPC 2.0 response: a `result` (which may be null) or an `error`. Results are parsed further
 * by the schema of the method that was asked.
 */
export const JsonRpcResponseSchema = z
  .object({
    jsonrpc: z.literal('2.0'),
    id: z.union([z.number(), z.string(), z.null()]),
    result: z.unknown().optional(),
    error: JsonRpcErrorSchema.optional(),
  })
  .refine((response) => response.error !== undefined || response.result !== undefined, {
    message: 'has neither a result nor an error',
  })
/** A parsed JSON-RPC response. */
export type JsonRpcResponse = z.output<typeof JsonRpcResponseSchema>

/** A JSON-RPC 2.0 request as sent. */
export interface JsonRpcRequest {
  jsonrpc: '2.0'
  id: number
  method: string
  params: readonly unknown[]
}
