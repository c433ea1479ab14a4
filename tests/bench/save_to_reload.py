#!/usr/bin/env python3
"""Measures the time from saving a file to the live-reload message of a
running `affiche serve`: connects to /__affiche/livereload as a browser tab's
script does, then saves FILE ROUNDS times (each save changes its title, written
to a temporary file then renamed over it, as editors do) and prints the
milliseconds until each "reload" message, one per line.

    python3 tests/bench/save_to_reload.py 8080 content/events/x.md 5 [KIND]

KIND is title (the default), body (a paragraph added), date (the event moved
to another day) or cancelled (status: cancelled, then back, in turn).
"""
import base64
import json
import os
import re
import socket
import sys
import time


def connect(port, path="/__affiche/livereload"):
    sock = socket.create_connection(("127.0.0.1", port), timeout=300)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                  "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                  f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while not head.endswith(b"\r\n\r\n"):  # byte by byte: frames may follow
        head += sock.recv(1)
    if b" 101 " not in head.split(b"\r\n")[0]:
        sys.exit(f"no WebSocket upgrade: {head.decode(errors='replace')}")
    return sock


def exactly(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise EOFError("the server closed the connection")
        data += chunk
    return data


def read_text(sock):
    """The next text message (server frames are unmasked and unfragmented)."""
    while True:
        first, second = exactly(sock, 2)
        size = second & 0x7F
        if size == 126:
            size = int.from_bytes(exactly(sock, 2), "big")
        elif size == 127:
            size = int.from_bytes(exactly(sock, 8), "big")
        payload = exactly(sock, size)
        if first & 0x0F == 1:
            return payload.decode()


def send_text(sock, text):
    """A masked text frame, as clients send them (short messages only)."""
    payload, mask = text.encode(), os.urandom(4)
    sock.sendall(bytes([0x81, 0x80 | len(payload)]) + mask +
                 bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))


def save(path, text):
    scratch = path + ".bench~"
    with open(scratch, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(scratch, path)


def edited(original, kind, round_):
    """The file's text after save number round_ of the given kind."""
    if kind == "title":
        return original.replace('title: "', f'title: "[{round_}] ', 1)
    if kind == "body":
        return original + f"\nUn paragraphe de plus ({round_}).\n"
    if kind == "date":  # the event moves to another day (and its end with it)
        day = "2009-%02d-%02d" % (1 + round_ % 12, 10 + round_)
        moved = re.sub(r'^(start: "?|date: )\d{4}-\d{2}-\d{2}', r"\g<1>" + day, original,
                       flags=re.M)
        return "\n".join(line for line in moved.split("\n") if not line.startswith("end: "))
    if kind == "cancelled":
        return original.replace("\n---\n", "\nstatus: cancelled\n---\n", 1) \
            if round_ % 2 == 0 else original
    sys.exit(f"unknown kind of save: {kind}")


def main():
    args = sys.argv[1:]
    hugo = args[0] == "--hugo"  # hugo server's LiveReload protocol
    if hugo:
        args = args[1:]
    port, path, rounds = int(args[0]), args[1], int(args[2])
    kind = args[3] if len(args) > 3 else "title"
    original = open(path, encoding="utf-8").read()
    if hugo:
        sock = connect(port, "/livereload")
        # hugo looks for '"command":"hello"' in the text: no spaces.
        send_text(sock, json.dumps({"command": "hello", "protocols": [
            "http://livereload.com/protocols/official-7"]}, separators=(",", ":")))
        assert json.loads(read_text(sock))["command"] == "hello"
    else:
        sock = connect(port)
        hello = read_text(sock)
        assert hello.startswith("hello "), hello
    try:
        for round_ in range(rounds):
            text = edited(original, kind, round_)
            started = time.perf_counter()
            save(path, text)
            message = read_text(sock)
            elapsed = (time.perf_counter() - started) * 1000
            if hugo:
                assert json.loads(message)["command"] == "reload", message
            else:
                assert message.startswith("reload "), message
            print(f"{elapsed:.0f}", flush=True)
            time.sleep(0.3)
    finally:
        save(path, original)


if __name__ == "__main__":
    main()
