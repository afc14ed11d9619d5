-- wrk script: searches near a random US ZIP code from docs/benchmarks/zips.txt, 25 km, often with filters.
local zips = {}
for line in io.lines("docs/benchmarks/zips.txt") do zips[#zips + 1] = line end
-- every search works out each result's next possible course start; these also ask for a course that fits
local filters = {"", "", "&technique=DEEP_TISSUE", "&maxPrice=70", "&pregnancyTrained=true", "&language=es",
  "&weekday=TUESDAY&time=18:00&sessions=6", "&sessions=6", "&weekday=SATURDAY&sessions=4",
  "&weekday=MONDAY&time=09:00&sessions=6&maxPrice=80"}
-- SEED lets the warm-up use other ZIP codes than the measured run, so the run is not a replay of it
math.randomseed(tonumber(os.getenv("SEED") or "42"))
request = function()
  local zip = zips[math.random(#zips)]
  local path = "/api/v1/therapists?postalCode=" .. zip .. "&radiusKm=25" .. filters[math.random(#filters)]
  return wrk.format("GET", path)
end
