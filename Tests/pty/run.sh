#!/bin/sh
# Drives the built dossier binary through a pseudo-terminal (python3 + pexpect).
# Usage: Tests/pty/run.sh PATH/TO/dossier
# Prints a last line "pty: N passed, M failed" and exits non-zero on a failure.
set -e
if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: $0 PATH/TO/dossier" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
# The first python3 that has pexpect (pyenv's shim and the system one may differ).
for python in python3 /usr/bin/python3 /usr/local/bin/python3; do
    if command -v "$python" >/dev/null 2>&1 && "$python" -c 'import pexpect' 2>/dev/null; then
        exec "$python" "$here/test_shell.py" "$1"
    fi
done
echo "pty: python3 with pexpect not found (pip install pexpect)" >&2
echo "pty: 0 passed, 1 failed"
exit 1
