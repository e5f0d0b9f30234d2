#ifndef CLIBEDIT_H
#define CLIBEDIT_H
/* Fixed-argument wrappers around libedit, which Swift 6 cannot call directly
   (variadic el_set/history, C globals). */
int clibedit_placeholder(void);
#endif
