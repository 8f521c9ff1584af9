// autocannon ships no types; this declares the part of its API the benchmark uses.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      timeout?: number;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      requests?: Request[];
      /** false marks the response as a mismatch (counted in `mismatches`). */
      verifyBody?: (body: string) => boolean;
      overallRate?: number;
    }
    interface Result {
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      totalCompletedRequests: number;
      duration: number;
      latency: { p50: number; p99: number; average: number };
      requests: { average: number };
    }
    interface Instance extends EventEmitter {
      stop(): void;
    }
  }
  function autocannon(
    options: autocannon.Options,
    callback: (err: Error | null, result: autocannon.Result) => void,
  ): autocannon.Instance;
  export = autocannon;
}
