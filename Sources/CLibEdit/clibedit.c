#include "clibedit.h"
#include <histedit.h>
#include <editline/readline.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <wchar.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

struct clibedit_editor {
    EditLine *el;
    History *history;
    char *prompt;
};

static volatile sig_atomic_t interrupt_flag = 0;
/* The terminal opened a second time, non-blocking, for the reader alone (see read_char_fn); -1 when
   standard input is not a terminal or cannot be reopened. Its own open file description, so
   O_NONBLOCK never reaches the shell that started us. */
static int reader_fd = -1;
/* The callback cannot capture context, so the completer lives in a global
   that only the editing thread reads. */
static clibedit_completer current_completer = NULL;

void clibedit_setlocale(void) { setlocale(LC_ALL, ""); }

static char *prompt_fn(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    struct clibedit_editor *e = data;
    return (e && e->prompt) ? e->prompt : "";
}

static size_t utf8_chars(const char *s, size_t n) {
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) count++;
    return count;
}

static void replace_word(EditLine *el, const char *word, size_t word_len, const char *text, const char *suffix) {
    size_t chars = utf8_chars(word, word_len);
    if (chars > 0) el_deletestr(el, (int)chars);
    el_insertstr(el, text);
    if (suffix && *suffix) el_insertstr(el, suffix);
}

/* Length of the folder part ("a/b/") that every candidate shares, so a list
   of file names shows the names only, as a shell does. */
static size_t shared_folder(char **c, int count) {
    const char *slash = NULL;
    size_t len0 = strlen(c[0]);
    for (size_t j = 0; j + 1 < len0; j++)
        if (c[0][j] == '/') slash = c[0] + j;
    if (!slash) return 0;
    size_t n = (size_t)(slash - c[0]) + 1;
    for (int i = 1; i < count; i++) {
        size_t len = strlen(c[i]);
        if (len <= n || strncmp(c[i], c[0], n) != 0 || memchr(c[i] + n, '/', len - n - 1) != NULL) return 0;
    }
    return n;
}

static void list_candidates(char **all, int count) {
    int cols = 80, rows = 24;
    clibedit_terminal_size(STDERR_FILENO, &cols, &rows);
    size_t skip = shared_folder(all, count);
    const char *c[count];
    for (int i = 0; i < count; i++) c[i] = all[i] + skip;
    size_t width = 0;
    for (int i = 0; i < count; i++) {
        size_t n = utf8_chars(c[i], strlen(c[i]));
        if (n > width) width = n;
    }
    width += 2;
    int per_line = (int)(cols / (int)width);
    if (per_line < 1) per_line = 1;
    int lines = (count + per_line - 1) / per_line;
    fputc('\n', stderr);
    for (int r = 0; r < lines; r++) {
        for (int k = 0; k < per_line; k++) {
            int i = k * lines + r;
            if (i >= count) break;
            size_t n = utf8_chars(c[i], strlen(c[i]));
            fputs(c[i], stderr);
            if (k + 1 < per_line && (k + 1) * lines + r < count)
                for (size_t p = n; p < width; p++) fputc(' ', stderr);
        }
        fputc('\n', stderr);
    }
    fflush(stderr);
}

static unsigned char complete_fn(EditLine *el, int ch) {
    (void)ch;
    if (!current_completer) return CC_NORM;
    const LineInfo *li = el_line(el);
    size_t n = (size_t)(li->cursor - li->buffer);
    char *before = strndup(li->buffer, n);
    if (!before) return CC_ERROR;
    int start = (int)n, count = 0;
    char **c = current_completer(before, &start, &count);
    unsigned char result = CC_NORM;
    if (start < 0 || (size_t)start > n) start = (int)n;
    const char *word = before + start;
    size_t word_len = n - (size_t)start;
    if (c && count == 1) {
        size_t len = strlen(c[0]);
        int keep_open = len > 0 && c[0][len - 1] == '/';
        replace_word(el, word, word_len, c[0], keep_open ? "" : " ");
        result = CC_REFRESH;
    } else if (c && count > 1) {
        size_t common = strlen(c[0]);
        for (int i = 1; i < count; i++) {
            size_t j = 0;
            while (j < common && c[i][j] && c[i][j] == c[0][j]) j++;
            common = j;
        }
        while (common > 0 && ((unsigned char)c[0][common] & 0xC0) == 0x80) common--;
        if (common > word_len || (common == word_len && strncmp(c[0], word, common) != 0 && common > 0)) {
            char *prefix = strndup(c[0], common);
            replace_word(el, word, word_len, prefix, "");
            free(prefix);
            result = CC_REFRESH;
        } else {
            list_candidates(c, count);
            result = CC_REDISPLAY;
        }
    }
    if (c) {
        for (int i = 0; i < count; i++) free(c[i]);
        free(c);
    }
    free(before);
    return result;
}

/* libedit's own reader blocks in read(2), and a Ctrl-C that lands while it is
   busy rather than blocked interrupts nothing: the line stays open until the
   next key. This reader waits in short polls and checks the interrupt flag
   before each one, so a Ctrl-C always ends el_gets. A Ctrl-C makes the kernel
   flush the typed input and, through libedit's own handler, puts the terminal
   back in cooked mode, so a blocking read after poll said "ready" could wait
   for a whole line that never comes (1 start in 20 hung this way when text and
   Ctrl-C arrived together). The read is therefore non-blocking, on a private
   descriptor of the terminal: an emptied queue gives EAGAIN and the loop polls
   again. It decodes UTF-8 as libedit's reader does. */
static int read_char_fn(EditLine *el, wchar_t *wc) {
    (void)el;
    int fd = reader_fd >= 0 ? reader_fd : STDIN_FILENO;
    mbstate_t state;
    memset(&state, 0, sizeof state);
    for (;;) {
        if (interrupt_flag) { errno = EINTR; return -1; }
        struct pollfd p = { .fd = fd, .events = POLLIN, .revents = 0 };
        int ready = poll(&p, 1, 100);
        if (ready < 0) { if (errno == EINTR) continue; return -1; }
        if (ready == 0) continue;
        if (interrupt_flag) { errno = EINTR; return -1; }
        char c;
        ssize_t n = read(fd, &c, 1);
        if (n < 0) { if (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK) continue; return -1; }
        if (n == 0) { *wc = L'\0'; return 0; }
        size_t r = mbrtowc(wc, &c, 1, &state);
        if (r == (size_t)-2) continue;           /* the middle of a character */
        if (r == (size_t)-1) {                   /* not UTF-8: pass the byte on */
            memset(&state, 0, sizeof state);
            *wc = (wchar_t)(unsigned char)c;
        }
        return 1;
    }
}

void clibedit_set_completer(clibedit_completer completer) { current_completer = completer; }

clibedit_editor *clibedit_open(const char *program, int history_size) {
    struct clibedit_editor *e = calloc(1, sizeof *e);
    if (!e) return NULL;
    e->el = el_init(program, stdin, stderr, stderr);
    if (!e->el) { free(e); return NULL; }
    if (reader_fd < 0 && isatty(STDIN_FILENO)) {
        const char *name = ttyname(STDIN_FILENO);
        if (name) reader_fd = open(name, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    }
    e->history = history_init();
    HistEvent ev;
    history(e->history, &ev, H_SETSIZE, history_size);
    history(e->history, &ev, H_SETUNIQUE, 1);
    el_set(e->el, EL_CLIENTDATA, (void *)e);
    el_set(e->el, EL_EDITOR, "emacs");
    el_set(e->el, EL_SIGNAL, 1);
    el_set(e->el, EL_GETCFN, read_char_fn);
    el_set(e->el, EL_PROMPT, prompt_fn);
    el_set(e->el, EL_HIST, history, e->history);
    el_set(e->el, EL_ADDFN, "dossier-complete", "complete the word at the cursor", complete_fn);
    el_set(e->el, EL_BIND, "^I", "dossier-complete", NULL);
    el_set(e->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_source(e->el, NULL); /* ~/.editrc (or $EDITRC) last, so the user's settings win */
    return e;
}

void clibedit_close(clibedit_editor *e) {
    if (!e) return;
    el_end(e->el);
    if (reader_fd >= 0) { close(reader_fd); reader_fd = -1; }
    history_end(e->history);
    free(e->prompt);
    free(e);
}

char *clibedit_gets(clibedit_editor *e, const char *prompt, int *interrupted) {
    free(e->prompt);
    e->prompt = strdup(prompt ? prompt : "");
    interrupt_flag = 0;
    int count = 0;
    const char *line = el_gets(e->el, &count);
    if (interrupted) *interrupted = 0;
    if (!line || count <= 0) {
        if (interrupt_flag) {
            interrupt_flag = 0;
            if (interrupted) *interrupted = 1;
            fputs("^C\n", stderr);
            fflush(stderr);
        }
        return NULL;
    }
    size_t len = (size_t)count;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
    return strndup(line, len);
}

void clibedit_history_add(clibedit_editor *e, const char *line) {
    HistEvent ev;
    history(e->history, &ev, H_ENTER, line);
}

int clibedit_history_load(clibedit_editor *e, const char *path) {
    HistEvent ev;
    return history(e->history, &ev, H_LOAD, path);
}

static FILE *open_private(const char *path, int flags, const char *mode) {
    int fd = open(path, flags, S_IRUSR | S_IWUSR);
    if (fd < 0) return NULL;
    fchmod(fd, S_IRUSR | S_IWUSR);
    FILE *fp = fdopen(fd, mode);
    if (!fp) close(fd);
    return fp;
}

int clibedit_history_save(clibedit_editor *e, const char *path) {
    size_t n = strlen(path);
    char *tmp = malloc(n + 5);
    if (!tmp) return -1;
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tmp", 5);
    FILE *fp = open_private(tmp, O_WRONLY | O_CREAT | O_TRUNC, "w");
    if (!fp) { free(tmp); return -1; }
    HistEvent ev;
    int r = history(e->history, &ev, H_SAVE_FP, fp);
    if (fclose(fp) != 0) r = -1;
    if (r >= 0) r = rename(tmp, path);
    else unlink(tmp);
    free(tmp);
    return r < 0 ? -1 : 0;
}

int clibedit_history_append(const char *path, const char *line) {
    FILE *fp = open_private(path, O_WRONLY | O_CREAT | O_APPEND, "a");
    if (!fp) return -1;
    fseek(fp, 0, SEEK_END); /* so libedit writes its header only into an empty file */
    History *h = history_init();
    HistEvent ev;
    history(h, &ev, H_SETSIZE, 1);
    history(h, &ev, H_ENTER, line);
    int r = history(h, &ev, H_SAVE_FP, fp);
    history_end(h);
    if (fclose(fp) != 0) r = -1;
    return r < 0 ? -1 : 0;
}

static void on_sigint(int signo) { (void)signo; interrupt_flag = 1; }

void clibedit_install_sigint(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: the blocked read must return */
    sigaction(SIGINT, &sa, NULL);
}

int clibedit_take_interrupt(void) {
    int v = interrupt_flag;
    interrupt_flag = 0;
    return v;
}

int clibedit_interrupt_pending(void) { return interrupt_flag; }

void clibedit_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }

int clibedit_terminal_size(int fd, int *columns, int *rows) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_col == 0) return -1;
    if (columns) *columns = ws.ws_col;
    if (rows) *rows = ws.ws_row;
    return 0;
}
