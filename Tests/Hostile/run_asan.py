#!/usr/bin/env python3
"""Runs every hostile-corpus case with an AddressSanitizer build of entente.

Usage: run_asan.py ENTENTE. Each line of cases.tsv gives a file, a command ({f} is the
file) and the recorded exit status; the case runs in this folder. Prints each case with
a sanitizer report or another exit status, then the totals; exits 1 if there was one.
"""
import os
import shlex
import subprocess
import sys

binary = sys.argv[1]
folder = os.path.dirname(os.path.abspath(__file__))
env = dict(os.environ, SWIFT_BACKTRACE="enable=no", ASAN_OPTIONS="detect_leaks=0:abort_on_error=0")
cases = problems = 0
for line in open(os.path.join(folder, "cases.tsv"), encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    file, command, status = line.rstrip("\n").split("\t")
    args = [a.replace("{f}", file) for a in shlex.split(command)]
    run = subprocess.run([binary] + args, cwd=folder, env=env, capture_output=True, timeout=120)
    cases += 1
    err = run.stderr.decode("utf-8", "replace")
    if "AddressSanitizer" in err or str(run.returncode) != status:
        problems += 1
        print(f"PROBLEM {file}: {command} -> exit {run.returncode} (recorded {status})\n{err[:2000]}")
print(f"{cases} cases, {problems} problems")
sys.exit(1 if problems else 0)
