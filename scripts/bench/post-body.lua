-- wrk script: POST the JSON file named by $BODY (default: the golden seed 003 request).
local path = os.getenv("BODY") or "docs/examples/seed-003.json"
local file = assert(io.open(path, "r"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
