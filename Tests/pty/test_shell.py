"""The interactive shell and script mode, driven as a person would: through a
pseudo-terminal (pexpect) for the prompt, and plain pipes for scripts."""
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import traceback

import pexpect

BINARY = os.path.abspath(sys.argv[1])
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEEDS = os.path.join(REPO, "seeds")
DOC = "000_f474ea12a3f24fdb"
# Each seed named on its own: --docs repeats (a folder works too; see the last test).
DOCS = [a for f in sorted(os.listdir(SEEDS)) for a in ("--docs", os.path.join(SEEDS, f))]
PROMPT = "dossier> "
CONT = "...> "
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


class Shell:
    """One interactive run in a fresh pseudo-terminal with its own history folder."""

    def __init__(self, state, args=(), env=None, rows=40, cols=120):
        e = dict(os.environ)
        e.update({"XDG_STATE_HOME": state, "TERM": "xterm", "HOME": state, "LC_ALL": "C.UTF-8"})
        e.pop("NO_COLOR", None)
        e.pop("PAGER", None)
        e.update(env or {})
        self.child = pexpect.spawn(BINARY, [*DOCS, *args], env=e, encoding="utf-8",
                                   timeout=10, dimensions=(rows, cols), cwd=state)
        self.child.expect_exact(PROMPT)

    def send(self, text):
        self.child.send(text)

    def line(self, text):
        self.child.send(text + "\r")

    def expect(self, text):
        self.child.expect_exact(text)
        return self.child.before

    def prompt(self):
        return self.expect(PROMPT)

    def quit(self):
        self.child.sendcontrol("d")
        self.child.expect(pexpect.EOF)
        self.child.close()
        return self.child.exitstatus


def plain(text):
    return ANSI.sub("", text).replace("\r", "")


def run(args, stdin=None, cwd=None, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True, cwd=cwd, env=e, timeout=60)


@test
def statement_typed_and_table_read_back(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.line(f"documents where id = {DOC} select id, words")
    out = plain(sh.prompt())
    assert "┌" in out and "└" in out, out
    assert re.search(r"│ id\s+│ words │", out), out
    assert DOC in out, out
    assert sh.quit() == 0


@test
def banner_names_what_loaded_and_quiet_drops_it(tmp):
    sh = Shell(tmp)
    banner = plain(sh.child.before)
    assert re.search(r"Dossier \d+\.\d+\.\d+: 3 documents, \d+ councils?, \d+ people, \d+ quotes?, \d+ findings? loaded; \.help for help", banner), banner
    sh.quit()
    sh = Shell(tmp, ["--quiet"])
    assert "Dossier" not in plain(sh.child.before)
    sh.quit()


@test
def tab_completes_a_field(tmp):
    sh = Shell(tmp, ["--quiet"])
    # libedit redraws only what changed, so the completed word is checked by what runs
    sh.send("documents where publ\t")
    sh.expect("isher ")
    sh.send("is not empty select id, publ\t")
    sh.expect("isher ")
    sh.send("\r")
    out = plain(sh.prompt())
    assert "error" not in out and re.search(r"│ id\s+│ publisher\s+│", out), out
    sh.quit()


@test
def tab_completes_a_value(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.send("documents where id = 001\t")
    sh.expect("18ffdde93a675e9e")
    sh.send("select id\r")
    out = plain(sh.prompt())
    assert "001_18ffdde93a675e9e" in out and DOC not in out, out
    sh.quit()


@test
def tab_completes_a_council_value_and_lists_candidates(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.send("findings where council = Du\t")
    sh.expect("dley")
    sh.send("select council limit 1\r")
    out = plain(sh.prompt())
    assert "Dudley" in out and "error" not in out, out
    sh.send(".he\t")  # .help and .headers: both listed
    out = plain(sh.expect(".headers"))
    sh.send("\x15")  # Ctrl-U
    sh.send(".mo\t")
    sh.expect("de ")
    sh.line("csv")
    sh.prompt()
    sh.line(".mode")
    assert "csv" in plain(sh.prompt())
    sh.quit()


@test
def up_arrow_recalls_a_statement_from_a_previous_run(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.line("documents select id, words order by words")
    sh.prompt()
    assert sh.quit() == 0
    sh = Shell(tmp, ["--quiet"])
    sh.send("\x1b[A")
    sh.expect("documents select id, words order by words")
    sh.send("\r")
    out = plain(sh.prompt())
    assert DOC in out, out
    sh.quit()


@test
def history_file_is_private_and_drops_consecutive_duplicates(tmp):
    sh = Shell(tmp, ["--quiet"])
    for statement in ["documents select id", "documents select id", ".mode csv", "documents select id"]:
        sh.line(statement)
        sh.prompt()
    path = os.path.join(tmp, "dossier", "history")
    # appended after every statement: complete before the shell ends
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, oct(os.stat(path).st_mode)
    assert lines[0] == "_HiStOrY_V2_", lines
    assert lines[1:] == [r"documents\040select\040id", r".mode\040csv", r"documents\040select\040id"], lines
    sh.quit()


@test
def unwritable_history_is_a_warning_and_the_shell_goes_on(tmp):
    os.makedirs(os.path.join(tmp, "dossier", "history"))  # a folder where the file should be
    sh = Shell(tmp)
    assert "warning: the history file" in plain(sh.child.before), sh.child.before
    sh.line("count documents")
    assert re.search(r"│\s+3 │", plain(sh.prompt()))
    assert sh.quit() == 0


@test
def ctrl_c_sent_with_the_text_never_hangs(tmp):
    # Text and Ctrl-C in the same instant at a fresh shell's first prompt: a Ctrl-C delivered as the
    # reader's poll returned used to leave it in a read that waited, in cooked mode, for a line that never
    # came (about 1 start in 30). 100 starts take about 20 s and catch that with 95% probability.
    for k in range(100):
        sh = Shell(tmp, ["--quiet"])
        sh.send("documents where wrongfield")
        sh.child.sendcontrol("c")
        try:
            sh.child.expect_exact(PROMPT, timeout=5)
        except pexpect.TIMEOUT:
            sh.child.close(force=True)
            raise AssertionError(f"start {k}: no prompt within 5 s after Ctrl-C")
        assert sh.quit() == 0


@test
def ctrl_c_abandons_a_half_typed_line(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.send("documents where wrongfield")
    sh.child.sendcontrol("c")
    sh.prompt()
    sh.line(".mode")
    out = plain(sh.prompt())
    assert "table" in out, out
    assert "error" not in out, out
    assert sh.child.isalive()
    assert sh.quit() == 0


@test
def ctrl_c_abandons_a_continued_statement(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.line("documents where (id = x")
    sh.expect(CONT)
    sh.child.sendcontrol("c")
    sh.prompt()
    sh.line("count documents")
    out = plain(sh.prompt())
    assert re.search(r"│\s+3 │", out) and "error" not in out, out
    sh.quit()


@test
def a_resized_terminal_refits_tables(tmp):
    sh = Shell(tmp, ["--quiet"], cols=150)
    statement = "sentences select id, document, text limit 3"
    sh.line(statement)
    wide = [l for l in plain(sh.prompt()).split("\n") if l.startswith(("┌", "│"))]
    sh.child.setwinsize(40, 60)
    sh.line(statement)
    narrow = [l for l in plain(sh.prompt()).split("\n") if l.startswith(("┌", "│"))]
    assert max(len(l) for l in wide) > 60, wide
    assert max(len(l) for l in narrow) <= 60, narrow
    sh.quit()


@test
def ctrl_d_on_an_empty_line_leaves_with_status_zero(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.line("nosuchthing")  # an error at the prompt does not change the status
    sh.prompt()
    assert sh.quit() == 0


@test
def statement_over_two_lines(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.line("documents where (id = 000_f474ea12a3f24fdb")
    sh.expect(CONT)
    sh.line("or id = 001_18ffdde93a675e9e) select id")
    out = plain(sh.prompt())
    assert DOC in out and "001_18ffdde93a675e9e" in out and "002_" not in out, out
    sh.line('documents where title contains "')
    sh.expect(CONT)
    sh.line('" select id')
    sh.prompt()
    sh.send("\x1b[A")  # the two lines are recalled as one entry
    sh.expect('documents where title contains " " select id')
    sh.send("\x1b[A")
    sh.expect("(id = 000_f474ea12a3f24fdb or id")
    sh.send("\x15")  # Ctrl-U
    sh.line("documents select id \\")  # a trailing backslash continues too
    sh.expect(CONT)
    sh.line("order by id limit 1")
    out = plain(sh.prompt())
    assert DOC in out and "001_" not in out and "error" not in out, out
    sh.quit()


@test
def errors_point_at_the_culprit_in_colour_unless_no_color(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.line("findings where councl = Dudley")
    out = sh.prompt()
    assert "\x1b[1;31merror:" in out, repr(out)
    assert "did you mean 'council'?" in out, out
    assert re.search(r"\n {15}\^~~~~~", plain(out)), plain(out)
    sh.quit()
    for args, env in ((["--quiet", "--no-color"], {}), (["--quiet"], {"NO_COLOR": "1"})):
        sh = Shell(tmp, args, env)
        sh.line("findings where councl = Dudley")
        out = sh.prompt()
        body = out.split("\n", 1)[1] if "\n" in out else out
        assert "\x1b[1;31m" not in body and "did you mean 'council'?" in body, repr(out)
        sh.quit()


@test
def tall_results_go_through_the_pager(tmp):
    sh = Shell(tmp, ["--quiet"], env={"PAGER": "sed s/^/PAGED:/"}, rows=7)
    sh.line("documents select id")
    out = plain(sh.prompt())
    assert "PAGED:│ 000_f474ea12a3f24fdb │" in out, out
    sh.line("documents select id limit 1")  # short enough for the screen
    out = plain(sh.prompt())
    assert "PAGED:" not in out and DOC in out, out
    sh.line(".pager off")
    sh.prompt()
    sh.line("documents select id")
    out = plain(sh.prompt())
    assert "PAGED:" not in out and "│" in out, out
    sh.quit()


@test
def meta_commands_help_schema_show(tmp):
    sh = Shell(tmp, ["--quiet"])
    sh.line(".help")
    out = plain(sh.prompt())
    for name in [".schema", ".mode", ".show", ".read", ".load", ".timer", ".quit"]:
        assert name in out, out
    sh.line(".schema findings")
    out = plain(sh.prompt())
    assert "council" in out and "→ councils" in out, out
    sh.line(".hepl")
    out = plain(sh.prompt())
    assert "did you mean '.help'?" in out, out
    sh.line(".quit")
    sh.child.expect(pexpect.EOF)
    sh.child.close()
    assert sh.child.exitstatus == 0


@test
def script_mode_statuses_messages_and_bail(tmp):
    script = os.path.join(tmp, "q.dossier")
    with open(script, "w") as f:
        f.write("documents select id limit 1\nfindings where councl = Dudley\ndocuments select words limit 1\n")
    r = run([*DOCS, "-f", script])
    assert r.returncode == 1, r
    assert f"{script}:2:16: error: unknown field 'councl' in findings; did you mean 'council'?" in r.stderr, r.stderr
    assert "findings where councl = Dudley\n               ^~~~~~\n" in r.stderr, r.stderr
    assert r.stdout.startswith("id\n") and "words" in r.stdout, r.stdout
    assert "\x1b" not in r.stderr
    r = run([*DOCS, "-f", script, "--bail"])
    assert r.returncode == 1 and "words" not in r.stdout, r
    r = run(DOCS, stdin="findings where councl = Dudley\n")
    assert r.returncode == 1 and "<stdin>:1:16: error:" in r.stderr and "dossier>" not in r.stdout + r.stderr, r
    r = run([*DOCS, "-c", "documents select id", "-c", "count documents"])
    assert r.returncode == 0 and r.stderr == "" and DOC in r.stdout, r
    r = run([*DOCS, "-c", "documents", "--format", "jsonl"])
    assert r.returncode == 0 and r.stdout.startswith('{"id":'), r
    r = run(["--format", "xml"])
    assert r.returncode == 2, r
    r = run(["-f", os.path.join(tmp, "missing.dossier")])
    assert r.returncode == 2 and "no such file" in r.stderr, r
    r = run(["--nonsense"])
    assert r.returncode == 2, r
    r = run(["--help"])
    assert r.returncode == 0 and "USAGE" in r.stdout, r


@test
def seeds_load_from_any_directory_and_closed_pipe_is_quiet(tmp):
    r = subprocess.run(f"'{BINARY}' -c 'sentences' | head -1", shell=True, capture_output=True, text=True, cwd=tmp, timeout=60)
    assert r.stdout.startswith("id\t"), r
    assert r.stderr == "", r.stderr
    r = run(["-c", "documents select id"], cwd=tmp)
    assert r.returncode == 0 and DOC in r.stdout, r


def main():
    passed = failed = 0
    for fn in TESTS:
        tmp = tempfile.mkdtemp(prefix="dossier-pty-")
        try:
            fn(tmp)
            passed += 1
            print(f"ok   {fn.__name__}")
        except Exception:
            failed += 1
            print(f"FAIL {fn.__name__}")
            traceback.print_exc(limit=3)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"pty: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
