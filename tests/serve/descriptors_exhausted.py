#!/usr/bin/env python3
"""`affiche serve` with its file descriptors exhausted: started under
`ulimit -n 64` on a copy of a fixture site, then held by 80 idle
connections. The accept loop must back off (log one line, not millions, and
stay off the CPU) and serve again once connections close.

    python3 descriptors_exhausted.py AFFICHE_BINARY FIXTURE_SITE
"""
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    binary, fixture = sys.argv[1], sys.argv[2]
    site = tempfile.mkdtemp(prefix="affiche-fds-")
    shutil.copytree(fixture, site, dirs_exist_ok=True)
    err = open(os.path.join(site, "stderr"), "w+")

    def limit():
        resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))

    server = subprocess.Popen([binary, "serve", "--port", "0", "--source", site],
                              stdout=subprocess.PIPE, stderr=err, text=True,
                              preexec_fn=limit)
    try:
        match = None
        for line in server.stdout:
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if match:
                break
        if not match:
            fail("no address printed")
        port = int(match.group(1))
        held = []
        for _ in range(80):
            s = socket.create_connection(("127.0.0.1", port), timeout=5)
            held.append(s)
        time.sleep(3)
        usage = open(f"/proc/{server.pid}/stat").read().split()
        cpu_seconds = (int(usage[13]) + int(usage[14])) / os.sysconf("SC_CLK_TCK")
        err.flush()
        err.seek(0)
        log = err.read()
        accepts = [l for l in log.splitlines() if "accept" in l]
        print(f"accept lines in 3 s: {len(accepts)}; server CPU time: {cpu_seconds:.2f} s")
        if len(accepts) != 1 or "Too many open files" not in accepts[0]:
            fail(f"expected one accept line, got {len(accepts)}: {accepts[:3]}")
        if cpu_seconds > 1.5:
            fail(f"the server spun: {cpu_seconds:.2f} s of CPU in 3 s")
        for s in held:
            s.close()
        deadline = time.time() + 10
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if time.time() > deadline:
                fail("the server does not serve again once the connections closed")
            time.sleep(0.1)
        err.seek(0)
        if "accept works again" not in err.read():
            fail("no line saying accept works again")
        print("served again once the connections closed")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(site, ignore_errors=True)


if __name__ == "__main__":
    main()
