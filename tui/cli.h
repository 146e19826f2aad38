/* cli.h — the command line: `gonghui [-f FILE] [COMMAND …]`. */
#ifndef GH_CLI_H
#define GH_CLI_H

/* Parse argv and run; returns the exit status (0 ok, 1 user error, 2 usage error). */
int cli_main(int argc, char **argv);

#endif
