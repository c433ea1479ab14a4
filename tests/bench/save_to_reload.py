#!/usr/bin/env python3
"""Measures the time from saving a file to the live-reload message of a
running `affiche serve`: connects to /__affiche/livereload as a browser tab's
script does, then saves FILE ROUNDS times (each save changes its title, written
to a temporary file then renamed over it, as editors do) and prints the
milliseconds until each "reload" message, one per line.

    python3 tests/bench/save_to_reload.py 8080 content/events/x.md 5
"""
import base64
import os
import socket
import sys
import time


def connect(port):
    sock = socket.create_connection(("127.0.0.1", port), timeout=300)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET /__affiche/livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
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


def save(path, text):
    scratch = path + ".bench~"
    with open(scratch, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(scratch, path)


def main():
    port, path, rounds = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    original = open(path, encoding="utf-8").read()
    sock = connect(port)
    hello = read_text(sock)
    assert hello.startswith("hello "), hello
    try:
        for round_ in range(rounds):
            text = original.replace('title: "', f'title: "[{round_}] ', 1)
            started = time.perf_counter()
            save(path, text)
            message = read_text(sock)
            elapsed = (time.perf_counter() - started) * 1000
            assert message.startswith("reload "), message
            print(f"{elapsed:.0f}", flush=True)
            time.sleep(0.3)
    finally:
        save(path, original)


if __name__ == "__main__":
    main()
