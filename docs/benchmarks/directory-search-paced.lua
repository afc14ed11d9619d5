-- The mix of directory-search.lua, but each connection is a person who pauses before their next search (a random
-- pause, exponentially distributed, mean PAUSE_MS milliseconds): the rate is set by the number of people, not by how
-- fast the server answers, and a slow answer delays only the person who waits for it.
dofile("docs/benchmarks/directory-search.lua")
local mean = tonumber(os.getenv("PAUSE_MS") or "60")
delay = function()
  return math.floor(-math.log(1 - math.random()) * mean)
end
