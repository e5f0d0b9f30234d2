#include "clibedit.h"
#include <histedit.h>
int clibedit_placeholder(void) { return 0; }
