/* main.c — gonghui's entry point: set up the language, hand over to the command line. */
#include "core/i18n.h"
#include "tui/cli.h"

int main(int argc, char **argv)
{
	i18n_init(argv[0]);
	return cli_main(argc, argv);
}
