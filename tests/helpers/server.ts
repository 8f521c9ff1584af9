import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { createLogger } from '../../src/logger.ts';
import { createApp } from '../../src/server.ts';
import { testDatabase } from './database.ts';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }>;
  headers: Headers;
}

/**
 * The answer to a typed operation. `data` is typed as present because tests read it after checking `errors`;
 * when it is absent anyway, reading it throws and the test fails, as it should.
 */
export type TypedResponse<R> = Omit<GraphQLResponse<R>, 'data'> & { data: R };

export interface TestServer {
  url: string;
  database: Database;
  config: Config;
  /**
   * A typed operation (graphql(`…`) from tests/generated, see codegen.ts): `data` has the operation's result type
   * and the variables are checked against its variables. The answer can still carry errors: tests check them.
   */
  gql<R, V extends Record<string, unknown>>(
    document: TypedDocumentNode<R, V>,
    // Variables may be left out only when the operation requires none.
    ...rest: Record<string, never> extends V ? [variables?: V, key?: string] : [variables: V, key?: string]
  ): Promise<TypedResponse<R>>;
  /** Raw text: for what codegen must not see (invalid operations, limits, unknown fields, persisted queries). */
  gql<T = any>(query: string, variables?: Record<string, unknown>, key?: string): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real HTTP app on a free loopback port, over the worker's shared database. */
export async function startTestServer(env: Record<string, string> = {}, own?: Database): Promise<TestServer> {
  const database = own ?? (await testDatabase());
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const { app, apollo } = await createApp({ config, database, log: createLogger(config.logLevel) });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  // A loaded machine can keep a pooled socket idle past Node's 5 s keep-alive, and the next request then
  // races the server closing it ("other side closed"): tests keep sockets open longer than they idle.
  server.keepAliveTimeout = 60_000;
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    database,
    config,
    async gql(document: string | TypedDocumentNode, variables?: Record<string, unknown>, key?: string) {
      const query = typeof document === 'string' ? document : print(document);
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: GraphQLResponse['errors'] };
      return { status: res.status, data: body.data, errors: body.errors, headers: res.headers };
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await apollo.stop();
    },
  };
}

/**
 * A typed operation as plain text, for the few tests that send variables its types refuse (a value a client
 * could still send: an unknown enum value, a string where a list is expected) to check the server's answer.
 */
export const untyped = <R, V>(document: TypedDocumentNode<R, V>): string => print(document);

/** The `extensions.code` of the first error, for terse assertions. */
export const errorCode = (r: GraphQLResponse) => r.errors?.[0]?.extensions?.code;
