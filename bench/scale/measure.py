#!/usr/bin/env python3
"""Times pages of a running Doorstep over HTTP, signed in as the demo county's staff (password and the documented
demo authenticator secret), and prints p50/p95/p99 per page. Usage: measure.py [--wait-index] BASE_URL ROUNDS PAGE...
where PAGE is who:path, optionally followed by |Header: value (who = anonymous or a demo staff account); a PAGE
prefixed with show: is fetched once and its answer printed, not timed.
--wait-index waits until the search index has finished writing (the console's progress, read as the administrator)."""
import base64, hashlib, hmac, http.cookiejar, json, re, struct, sys, time, urllib.parse, urllib.request

SECRET = "QINGXIXIANDEMOTOTPSECRETKEY2345A"
PASSWORD = "Qingxi@2026"


def totp(step_offset=0):
    key = base64.b32decode(SECRET)
    counter = int(time.time()) // 30 + step_offset
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    o = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)


def session(base, user):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    if user == "anonymous":
        return opener

    def post(path, fields):
        page = opener.open(base + path).read().decode()
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode(dict(fields, _csrf=token)).encode()
        return opener.open(base + path, data)

    post("/login", {"username": user, "password": PASSWORD})
    landed = post("/login/second-factor", {"code": totp()})
    if "/login" in landed.geturl():
        raise SystemExit("sign-in as %s failed at %s" % (user, landed.geturl()))
    return opener


def wait_for_index(base, opener):
    t0 = time.time()
    while True:
        status = json.loads(opener.open(base + "/console/search/progress").read())
        if not status.get("running") and status.get("finishedAt"):
            print("search index ready after %.0f s (%s entries written)" % (time.time() - t0, status.get("done")),
                  file=sys.stderr)
            return
        time.sleep(2)


def main():
    args = sys.argv[1:]
    wait = args[0] == "--wait-index"
    if wait:
        args = args[1:]
    base, rounds, pages = args[0], int(args[1]), args[2:]
    sessions = {}
    if wait:
        sessions["admin"] = session(base, "admin")
        wait_for_index(base, sessions["admin"])
    print("| page | p50 ms | p95 ms | p99 ms | bytes |")
    print("|---|---|---|---|---|")
    for spec in pages:
        show = spec.startswith("show:")
        who, path = spec[5:].split(":", 1) if show else spec.split(":", 1)
        headers = {}
        if "|" in path:
            path, header = path.split("|", 1)
            name, value = header.split(":", 1)
            headers[name.strip()] = value.strip()
        url = base + urllib.parse.quote(path, safe="/?&=%:+_-.")
        if who not in sessions:
            sessions[who] = session(base, who)
        opener, times, size = sessions[who], [], 0
        if show:
            t0 = time.perf_counter()
            body = opener.open(urllib.request.Request(url, headers=headers)).read().decode()
            print("%s %s (%.0f ms): %s" % (who, path, (time.perf_counter() - t0) * 1000, body[:400]))
            continue
        for i in range(rounds + 3):
            t0 = time.perf_counter()
            with opener.open(urllib.request.Request(url, headers=headers)) as r:
                body = r.read()
                if r.status != 200:
                    raise SystemExit("%s answered %s" % (path, r.status))
            if i >= 3:  # the first three warm the caches
                times.append((time.perf_counter() - t0) * 1000)
            size = len(body)
        times.sort()
        pct = lambda p: times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)]
        print("| %s %s | %.1f | %.1f | %.1f | %d |" % (who, path, pct(50), pct(95), pct(99), size), flush=True)


if __name__ == "__main__":
    main()
