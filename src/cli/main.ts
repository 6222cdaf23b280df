/** The command line: declares commands, maps flags to options, prints, returns an exit code. */

/** What the CLI reads and writes, injected so tests can run it in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Run fbcoop with arguments (without `node` and the script); resolves to the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  void argv;
  io.stderr.write('fbcoop: not implemented yet\n');
  return 2;
}
