-- wrk script: searches near a random US ZIP code from docs/benchmarks/zips.txt, 25 km, sometimes with filters.
local zips = {}
for line in io.lines("docs/benchmarks/zips.txt") do zips[#zips + 1] = line end
local filters = {"", "", "&technique=DEEP_TISSUE", "&maxPrice=70", "&pregnancyTrained=true", "&language=es"}
math.randomseed(42)
request = function()
  local zip = zips[math.random(#zips)]
  local path = "/api/v1/therapists?postalCode=" .. zip .. "&radiusKm=25" .. filters[math.random(#filters)]
  return wrk.format("GET", path)
end
