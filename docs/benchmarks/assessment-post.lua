-- wrk script: POST the intake of CONTRACT.md section 3 (every instrument given) to /api/v1/assessments.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"age": 47, "painDurationWeeks": 16, "painNow": 6, "findings": ["OSTEOPOROSIS"],
 "startBack": {"legPain": true, "shoulderOrNeckPain": false, "walksShortDistancesOnly": false,
   "dressesSlowly": true, "notSafeToBeActive": true, "worryingThoughts": true,
   "terribleNeverBetter": false, "noEnjoyment": false, "bothersomeness": "VERY_MUCH"},
 "rmdq": [true, false, true, false, true, false, true, false, true, false, true, false,
          true, false, true, false, true, false, true, false, true, false, true, false],
 "odi": [2, 1, 3, 2, 2, 1, 0, null, 2, 1]}]]

-- Count anything but 200 so that a run with errors cannot pass for a fast one.
local bad = 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end
function done(summary, latency, requests)
  io.write(string.format("non-200 answers: %d\n", bad))
end
