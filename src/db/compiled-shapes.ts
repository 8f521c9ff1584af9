import type { Compilable, CompiledQuery, Kysely } from 'kysely';

/**
 * Statements of a fixed shape, compiled once and then run with each request's parameter values. Building and
 * compiling a Kysely query walks and freezes its whole operation tree; for a statement run on every listing page
 * that was several per cent of the server's CPU, for SQL text that never changes. One `CompiledShapes` per
 * statement; a shape is one variant of it (which optional parts it reads), named by the caller.
 *
 * A shape's parameters must be exactly the values passed to `run`, in order: the first compile checks that, so a
 * builder that also binds a value of its own (which a later call could not replace) fails at once instead of
 * answering with the first request's value.
 */
export class CompiledShapes<R> {
  readonly #compiled = new Map<string, CompiledQuery<R>>();

  async run<DB>(
    db: Kysely<DB>,
    shape: string,
    parameters: readonly unknown[],
    build: (db: Kysely<DB>) => Compilable<R>,
  ): Promise<R[]> {
    let compiled = this.#compiled.get(shape);
    if (compiled) {
      compiled = { ...compiled, parameters };
    } else {
      compiled = build(db).compile();
      const same =
        compiled.parameters.length === parameters.length && compiled.parameters.every((p, i) => p === parameters[i]);
      if (!same) throw new Error(`compiled shape ${shape}: its parameters are not exactly the values passed to run()`);
      this.#compiled.set(shape, compiled);
    }
    // executeQuery runs the handle's plugins on the result (the request's statement tally) as execute() would.
    return (await db.executeQuery(compiled)).rows;
  }
}
