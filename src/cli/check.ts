/** `fbcoop check` and `fbcoop merge-reports`: corpus mode on the command line. */
import type { Command } from 'commander';
import type { CliIo } from './main.js';

/** Register the corpus commands on the program. */
export function addCheckCommands(program: Command, common: (cmd: Command) => Command, io: CliIo, setExit: (code: number) => void): void {
  void program; void common; void io; void setExit;
}
