#ifndef CLIBEDIT_H
#define CLIBEDIT_H
/* Fixed-argument wrappers around libedit and a few libc calls that Swift 6
   cannot make directly (variadic el_set/history/ioctl, C globals, signals). */
#include <stddef.h>

/** Opaque line editor: an EditLine with its History. */
typedef struct clibedit_editor clibedit_editor;

/** Completion callback: given the line up to the cursor, returns a malloc'd
    array of malloc'd candidates (count in *count) that replace the bytes from
    *start; NULL for none. */
typedef char **(*clibedit_completer)(const char *line_before_cursor, int *start, int *count);

/** Calls setlocale(LC_ALL, "") so multibyte editing works. */
void clibedit_setlocale(void);

/** Creates an editor reading stdin and writing to stderr, emacs bindings,
    history capped at history_size, ~/.editrc sourced; NULL when the terminal
    cannot be used. */
clibedit_editor *clibedit_open(const char *program, int history_size);
void clibedit_close(clibedit_editor *editor);

/** Reads a line (without its newline) with the prompt. Returns a malloc'd
    string, or NULL: *interrupted is 1 after Ctrl-C, 0 at end of input. */
char *clibedit_gets(clibedit_editor *editor, const char *prompt, int *interrupted);

/** Adds an entry to the in-memory history (consecutive duplicates dropped). */
void clibedit_history_add(clibedit_editor *editor, const char *line);
/** Loads the history file; returns the number of entries it held or -1. */
int clibedit_history_load(clibedit_editor *editor, const char *path);
/** Rewrites the whole history file (mode 0600); returns 0 on success. */
int clibedit_history_save(clibedit_editor *editor, const char *path);
/** Appends one entry to the history file in libedit's format (mode 0600). */
int clibedit_history_append(const char *path, const char *line);

/** Sets the completion callback bound to TAB (native EL_ADDFN, no bell). */
void clibedit_set_completer(clibedit_completer completer);

/** Installs a SIGINT handler without SA_RESTART that only sets a flag. */
void clibedit_install_sigint(void);
/** Returns and clears the SIGINT flag. */
int clibedit_take_interrupt(void);
/** Reads the SIGINT flag without clearing it. */
int clibedit_interrupt_pending(void);
/** Ignores SIGPIPE so writes to a closed pipe fail with EPIPE instead. */
void clibedit_ignore_sigpipe(void);

/** The terminal's size for fd, via TIOCGWINSZ; returns 0 on success. */
int clibedit_terminal_size(int fd, int *columns, int *rows);

#endif
