#!/usr/bin/env python3
"""Live reload in a real browser: headless Chromium, driven over its DevTools
protocol, shows a page of `affiche serve` (on a temporary copy of a fixture
site) while the test edits the source. Checks that the injected script
reloads the page after a save, that an error shows in the overlay and goes
away once fixed, and that the page reconnects and reloads after the server
restarts with other content. Prints how long each step took.

    python3 live_reload_in_chromium.py AFFICHE_BINARY FIXTURE_SITE
"""
import base64
import json
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

TIMEOUT = 15  # seconds for any one step


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def wait_for(what, condition):
    """Polls condition() until it returns a true value; returns it and the ms taken."""
    started = time.time()
    while time.time() - started < TIMEOUT:
        value = condition()
        if value:
            return value, (time.time() - started) * 1000
        time.sleep(0.05)
    fail(f"timed out waiting for {what}")


class DevTools:
    """A minimal DevTools protocol client: one page, over a WebSocket."""

    def __init__(self, url):
        host_port, path = url[len("ws://"):].split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=TIMEOUT)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\n"
                           "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
                          .encode())
        head = b""
        while not head.endswith(b"\r\n\r\n"):
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            fail(f"DevTools refused the WebSocket: {head!r}")
        self.next_id = 0

    def _send(self, text):
        data, mask = text.encode(), os.urandom(4)  # a client masks its frames
        size = (bytes([0x80 | len(data)]) if len(data) < 126
                else bytes([0x80 | 126]) + struct.pack(">H", len(data)))
        self.sock.sendall(bytes([0x81]) + size + mask +
                          bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _exactly(self, n):
        data = b""
        while len(data) < n:
            chunk = self.sock.recv(n - len(data))
            if not chunk:
                fail("DevTools closed the connection")
            data += chunk
        return data

    def _receive(self):
        _, second = self._exactly(2)
        size = second & 0x7F
        if size == 126:
            size = struct.unpack(">H", self._exactly(2))[0]
        elif size == 127:
            size = struct.unpack(">Q", self._exactly(8))[0]
        return json.loads(self._exactly(size))

    def call(self, method, **params):
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = self._receive()
            if message.get("id") == self.next_id:
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression)
        return result.get("result", {}).get("value")


def start_server(affiche, source, port, log):
    process = subprocess.Popen([affiche, "serve", "--source", source, "--port", str(port)],
                               stdout=open(log, "w"), stderr=subprocess.STDOUT)
    def url():
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", open(log).read())
        return match and int(match.group(1))
    return process, wait_for("affiche serve to listen", url)[0]


def replace(path, old, new):
    text = open(path, encoding="utf-8").read()
    if old not in text:
        fail(f"{old!r} not in {path}")
    scratch = path + ".test~"
    with open(scratch, "w", encoding="utf-8") as out:
        out.write(text.replace(old, new, 1))
    os.replace(scratch, path)  # as editors save


def main():
    affiche, fixture = sys.argv[1], sys.argv[2]
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        fail("needs chromium (apt-get install chromium)")
    work = tempfile.mkdtemp(prefix="affiche-live-reload-")
    source = os.path.join(work, "site")
    shutil.copytree(fixture, source)
    event = os.path.join(source, "content", "events", "festival.md")
    processes = []
    try:
        server, port = start_server(affiche, source, 0, os.path.join(work, "serve.log"))
        processes.append(server)
        browser = subprocess.Popen(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={work}/profile", "--remote-debugging-port=0", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "chromium.log"), "w"))
        processes.append(browser)

        def devtools_port():
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/",
                              open(os.path.join(work, "chromium.log")).read())
            return match and match.group(1)
        devtools = wait_for("Chromium's DevTools", devtools_port)[0]
        pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{devtools}/json"))
        page = DevTools(next(p for p in pages if p["type"] == "page")["webSocketDebuggerUrl"])

        page.call("Page.navigate", url=f"http://127.0.0.1:{port}/events/festival/")
        heading = "document.querySelector('h1') && document.querySelector('h1').textContent"
        wait_for("the event page", lambda: page.evaluate(heading) == "Festival de théâtre amateur")

        # A save is only seen by a page whose script is connected: wait for
        # that after every (re)load before saving.
        def connected():
            wait_for("the live-reload script to connect",
                     lambda: page.evaluate("window.__afficheLiveReloadVersion"))

        connected()

        replace(event, 'title: Festival', 'title: Grand festival')
        _, ms = wait_for("the page to reload with the new title",
                         lambda: page.evaluate(heading) == "Grand festival de théâtre amateur")
        print(f"save -> page reloaded with the new title: {ms:.0f} ms")
        connected()

        replace(event, "venue: salle-noyon", "venue: salle-noyn")
        overlay = "(document.getElementById('affiche-errors') || {}).textContent"
        text, ms = wait_for("the error overlay", lambda: page.evaluate(overlay))
        if "festival.md:5:8: error: unknown venue 'salle-noyn'" not in text:
            fail(f"the overlay does not show the error: {text!r}")
        if page.evaluate(heading) != "Grand festival de théâtre amateur":
            fail("the last good page is not shown under the overlay")
        print(f"broken save -> overlay with the error over the last good page: {ms:.0f} ms")
        connected()

        replace(event, "venue: salle-noyn", "venue: salle-noyon")
        _, ms = wait_for("the overlay to go", lambda: page.evaluate(overlay) is None and
                         page.evaluate(heading) == "Grand festival de théâtre amateur")
        print(f"fixed save -> overlay gone: {ms:.0f} ms")
        connected()

        server.terminate()
        server.wait(TIMEOUT)
        replace(event, 'title: Grand festival', 'title: Festival rouvert')
        server, _ = start_server(affiche, source, port, os.path.join(work, "serve2.log"))
        processes.append(server)
        _, ms = wait_for("the page to reconnect and reload after the restart",
                         lambda: page.evaluate(heading) == "Festival rouvert de théâtre amateur")
        print(f"server restarted with a new title -> page reloaded: {ms:.0f} ms")
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
                process.wait(TIMEOUT)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
