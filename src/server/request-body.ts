// JSON request bodies read within their limits, before anything is built from them: the byte limit counts the
// bytes actually received (a chunked body or a false Content-Length cannot pass it), and the nesting depth and
// number of values are checked on the raw bytes before JSON.parse, so that no body can make the process build
// millions of objects or recurse past its stack.
import type { IncomingMessage, ServerResponse } from 'node:http';
import bodyParser from 'body-parser';

export interface JsonBodyLimits {
  /** Bytes received, after any content encoding is undone. */
  bytes: number;
  /** Arrays and objects nested in one another. */
  maxDepth: number;
  /** Values (roughly: elements and members) in the whole body. */
  maxValues: number;
}

/** A request whose body has been read: its size in bytes, for the limits checked after parsing. */
export type BodyRequest = IncomingMessage & { body?: unknown; bodyBytes?: number };

/** A body refused for its shape; body-parser hands it on with this status. */
export class JsonShapeError extends Error {
  readonly status = 400;
  constructor(
    message: string,
    readonly type: 'json.too.deep' | 'json.too.many.values',
  ) {
    super(message);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;

/**
 * Throws JsonShapeError when the JSON text nests deeper than `maxDepth` or holds more than `maxValues` values.
 * One pass over the bytes outside strings; malformed JSON passes here and is refused by JSON.parse.
 */
export function checkJsonShape(bytes: Uint8Array, limits: Pick<JsonBodyLimits, 'maxDepth' | 'maxValues'>): void {
  let depth = 0;
  let values = 1;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === QUOTE) {
      // Skip the string: a backslash escapes the next byte; UTF-8 never puts a quote byte inside a character.
      for (i++; i < bytes.length && bytes[i] !== QUOTE; i++) if (bytes[i] === BACKSLASH) i++;
    } else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > limits.maxDepth) {
        throw new JsonShapeError(`The request body nests JSON more than ${limits.maxDepth} levels deep`, 'json.too.deep');
      }
      values++;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
      depth--;
    } else if (byte === COMMA && ++values > limits.maxValues) {
      throw new JsonShapeError(`The request body holds more than ${limits.maxValues} JSON values`, 'json.too.many.values');
    }
  }
}

type Next = (error?: unknown) => void;
export type BodyReader = (req: BodyRequest, res: ServerResponse, next: Next) => void;

/** body-parser's JSON reader within these limits; the body's size is kept on the request as `bodyBytes`. */
export function jsonBodyReader(limits: JsonBodyLimits): BodyReader {
  return bodyParser.json({
    limit: limits.bytes,
    verify: (req: BodyRequest, _res, buffer) => {
      req.bodyBytes = buffer.length;
      checkJsonShape(buffer, limits);
    },
  }) as BodyReader;
}
