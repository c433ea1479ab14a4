#!/usr/bin/env python3
"""Memory budget: the peak resident size of `affiche build` (getrusage of the
child) for the sample programme and for 2,000 events generated from it
(tests/bench/make_big_site.py) stays under the limits below, which leave a wide
margin over what was measured when they were set (15 MB and 110 MB; an
AddressSanitizer build takes about three times as much) (README, "What affiche
reads, and its limits"). Prints each peak.

    python3 memory_budget.py AFFICHE_BINARY REPOSITORY
"""
import os
import resource
import shutil
import subprocess
import sys
import tempfile

LIMITS_MB = {"sample": 80, "2000 events": 400}


def peak_mb(command):
    """Runs command, returns its peak RSS in MB (ru_maxrss of this child only)."""
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"FAIL: {' '.join(command)} exited with {status}")
    return usage.ru_maxrss / 1024


def main():
    binary, repository = sys.argv[1], sys.argv[2]
    scratch = tempfile.mkdtemp(prefix="affiche-memory-")
    try:
        big = os.path.join(scratch, "big")
        subprocess.run([sys.executable, os.path.join(repository, "tests/bench/make_big_site.py"),
                        "2000", big], check=True, stdout=subprocess.DEVNULL)
        sites = {"sample": repository, "2000 events": big}
        failed = False
        for name, source in sites.items():
            mb = peak_mb([binary, "build", "--source", source,
                          "--out", os.path.join(scratch, name.replace(" ", "-"))])
            limit = LIMITS_MB[name]
            print(f"{name}: peak RSS {mb:.0f} MB (limit {limit} MB)")
            failed |= mb > limit
        if failed:
            sys.exit("FAIL: over the memory budget")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
