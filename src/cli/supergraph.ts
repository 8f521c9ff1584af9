import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import { buildSchema } from '../schema.ts';

// `npm run supergraph [-- NAME=URL=FILE.graphql ...]`: composes our subgraph with the given subgraphs (by
// default the example events subgraph in ./examples) and prints the supergraph SDL. A quick local check
// that our schema still composes; production composition belongs to rover or GraphOS.

const usage = 'Usage: npm run supergraph [-- NAME=URL=FILE.graphql ...]';

interface Service {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

function fromArgument(arg: string): Service {
  const [name, url, file, ...rest] = arg.split('=');
  if (!name || !url || !file || rest.length) throw new Error(`bad subgraph "${arg}"\n${usage}`);
  return { name, url, typeDefs: parse(readFileSync(file, 'utf8')) };
}

function others(args: string[]): Service[] {
  if (args.length) return args.map(fromArgument);
  const example = readFileSync(new URL('./examples/events-subgraph.graphql', import.meta.url), 'utf8');
  return [{ name: 'events', url: 'http://127.0.0.1:4001/graphql', typeDefs: parse(example) }];
}

async function main(args: string[]): Promise<number> {
  if (args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const ours: Service = {
    name: 'peer-atlas',
    url: 'http://127.0.0.1:4000/graphql',
    typeDefs: parse(printSubgraphSchema(buildSchema())),
  };
  const result = composeServices([ours, ...others(args)]);
  if (result.errors) {
    for (const e of result.errors)
      process.stderr.write(`${String(e.extensions?.code ?? 'COMPOSITION_ERROR')}: ${e.message}\n`);
    return 1;
  }
  process.stdout.write(result.supergraphSdl + '\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
