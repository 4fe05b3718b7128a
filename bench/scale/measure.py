#!/usr/bin/env python3
"""Times pages of a running Doorstep over HTTP, signed in as the demo county's staff (password and the documented
demo authenticator secret), and prints p50/p95/p99 per page. Usage: measure.py BASE_URL ROUNDS PAGE... where PAGE is
who:path (who = anonymous, admin or chuangkou)."""
import base64, hashlib, hmac, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request

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


def main():
    base, rounds, pages = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    sessions = {}
    print("| page | p50 ms | p95 ms | p99 ms | bytes |")
    print("|---|---|---|---|---|")
    for spec in pages:
        who, path = spec.split(":", 1)
        if who not in sessions:
            sessions[who] = session(base, who)
        opener, times, size = sessions[who], [], 0
        for i in range(rounds + 3):
            t0 = time.perf_counter()
            with opener.open(base + path) as r:
                body = r.read()
                if r.status != 200:
                    raise SystemExit("%s answered %s" % (path, r.status))
            if i >= 3:  # the first three warm the caches
                times.append((time.perf_counter() - t0) * 1000)
            size = len(body)
        times.sort()
        pct = lambda p: times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)]
        print("| %s %s | %.1f | %.1f | %.1f | %d |" % (who, path, pct(50), pct(95), pct(99), size))


if __name__ == "__main__":
    main()
