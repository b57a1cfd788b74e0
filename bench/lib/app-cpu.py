#!/usr/bin/env python3
"""Prints the CPU seconds (user + system) used so far by every process of one process group: the
app that `bakeoff start` launched leads its own group (setsid), workers included. Reaped children
count through their parent's cutime/cstime.

Usage: app-cpu.py PGID
"""
import os
import sys

pgid = int(sys.argv[1])
tick = os.sysconf("SC_CLK_TCK")
total = 0
for name in os.listdir("/proc"):
    if not name.isdigit():
        continue
    try:
        with open(f"/proc/{name}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        continue  # gone meanwhile
    # fields[0] is field 3 (state): pgrp is field 5, utime..cstime are fields 14-17
    if int(fields[2]) == pgid:
        total += sum(int(v) for v in fields[11:15])
print(f"{total / tick:.3f}")
