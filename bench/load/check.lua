-- wrk script: every request is one answer check, POST /api/exercises/{id}/check.
-- Environment:
--   GRADLAB_SESSIONS  space-separated "cookie|csrfToken" pairs; requests take them in turn, so the
--                     load is spread over that many logged-in students (empty: anonymous checks)
--   GRADLAB_EXERCISE  exercise id (default hw1-chain-sin)
--   GRADLAB_ANSWERS   the JSON answers object (default a correct answer of hw1-chain-sin)
local exercise = os.getenv("GRADLAB_EXERCISE") or "hw1-chain-sin"
local answers = os.getenv("GRADLAB_ANSWERS") or '{"df": "cos(3*x^2 + 4*cos(x))*(6*x - 4*sin(x))"}'
local sessions = {}
for pair in string.gmatch(os.getenv("GRADLAB_SESSIONS") or "", "%S+") do
  local cookie, csrf = string.match(pair, "^([^|]+)|(.+)$")
  table.insert(sessions, {cookie = cookie, csrf = csrf})
end

local path = "/api/exercises/" .. exercise .. "/check"
local body = '{"variant": 0, "answers": ' .. answers .. '}'
local n = 0

function init(args)
  n = math.random(1, 1000)
end

function request()
  local headers = {["Content-Type"] = "application/json"}
  if #sessions > 0 then
    n = n + 1
    local s = sessions[(n % #sessions) + 1]
    headers["Cookie"] = s.cookie
    headers["X-CSRF-Token"] = s.csrf
  end
  return wrk.format("POST", path, headers, body)
end

local errors = 0
function response(status, headers, body)
  if status ~= 200 then
    errors = errors + 1
    if errors <= 3 then io.stderr:write("status " .. status .. ": " .. body .. "\n") end
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests/s %.0f  p50 %.2f ms  p99 %.2f ms  non-2xx %d  socket errors %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
