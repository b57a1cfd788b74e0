#!/usr/bin/env python3
"""Runs a command and writes the CPU seconds (user + system) it and its children used to a file.

Usage: cpu-time.py OUT_FILE COMMAND [ARGS...]; exits with the command's exit code.
"""
import resource
import subprocess
import sys

out, command = sys.argv[1], sys.argv[2:]
code = subprocess.run(command).returncode
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as f:
    f.write(f"{usage.ru_utime + usage.ru_stime:.3f}\n")
sys.exit(code)
