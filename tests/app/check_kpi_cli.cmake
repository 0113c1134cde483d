# stockroom-cli kpi and import funnel|surveys end to end on a real replica file (issue 8): a
# fixture worked out by hand, whose --json figures must match exactly; a malformed funnel or
# survey file refused with its line number, changing nothing; bad arguments refused in one line.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(db "${WORK_DIR}/kpi.db")
include("${CMAKE_CURRENT_LIST_DIR}/clichecks.cmake")

# The ledger of S01 / RUN-1 (unit cost 45.00), by hand:
#   count 10 (opening, not measured)      on hand 10, available 10
#   sale 3                                7, 7
#   reserve 2                             7, 5
#   count 7: expected 7, exact            within tolerance      available unchanged
#   sale 5                                2, 0   -> stockout 1
#   count 4: expected 2, +2 (+90.00)      not within            4, 2
#   sale 5                                -1, -3 -> stockout 2, oversell of 3 units
# accuracy 1/2; value (E - V) / E = (7 x 45 + 2 x 45 - 90) / (9 x 45) = 31500 / 40500 cents.
run(0 out init --location S01)
file(WRITE "${WORK_DIR}/products.csv" "sku,name,unit_cost\nRUN-1,Trail runner,45.00\n")
run(0 out import products "${WORK_DIR}/products.csv")
file(WRITE "${WORK_DIR}/movements.csv"
"location,sku,kind,quantity,occurred_at,id
S01,RUN-1,count,10,2026-11-01T08:00:00Z,00000000-0000-4000-8000-000000000001
S01,RUN-1,sale,3,2026-11-02T10:00:00Z,00000000-0000-4000-8000-000000000002
S01,RUN-1,reserve,2,2026-11-03T09:00:00Z,00000000-0000-4000-8000-000000000003
S01,RUN-1,count,7,2026-11-04T09:00:00Z,00000000-0000-4000-8000-000000000004
S01,RUN-1,sale,5,2026-11-05T12:00:00Z,00000000-0000-4000-8000-000000000005
S01,RUN-1,count,4,2026-11-10T08:00:00Z,00000000-0000-4000-8000-000000000006
S01,RUN-1,sale,5,2026-11-12T15:00:00Z,00000000-0000-4000-8000-000000000007
")
run(0 out import movements "${WORK_DIR}/movements.csv")
# Funnel: November 5 of 200 carts, 105 of 130 checkouts; October 30: 3 of 100, 30 of 50.
file(WRITE "${WORK_DIR}/funnel.csv"
"date;channel;carts_created;carts_abandoned;carts_abandoned_unavailable;checkouts_started;checkouts_completed
2026-11-01;web;100;40;4;60;45
2026-11-01;app;50;20;1;30;20
2026-11-02;web;50;10;0;40;40
2026-10-30;web;100;30;3;50;30
")
run(0 out import funnel "${WORK_DIR}/funnel.csv")
expect_match("${out}" "imported 4 funnel" "funnel import")
# Surveys: promoters 10, 9, 10; passives 8, 7; detractors 3, 6: NPS 100 x 1 / 7 = 14.29 -> 14.
# At S01 only: 10, 9, 8, 3: 100 x 1 / 4 = 25.
file(WRITE "${WORK_DIR}/surveys.csv"
"id,date,score,reason,comment,location
r1,2026-11-03,10,,\"Great, fast\",S01
r2,2026-11-03,9,,,S01
r3,2026-11-03,8,,,S01
r4,2026-11-03,3,out of stock,,S01
r5,2026-11-03,6,price,,
r6,2026-11-09,10,,,
r7,2026-11-03,7,,,
")
run(0 out import surveys "${WORK_DIR}/surveys.csv")
expect_match("${out}" "imported 7 surveys" "survey import")

function(expect_json json expected what)
    string(JSON value GET "${json}" ${ARGN})
    expect_equal("${value}" "${expected}" "${what} (${ARGN})")
endfunction()

run(0 json kpi --from 2026-11-01 --to 2026-11-14 --json)
expect_json("${json}" "replica" "source" source)
expect_json("${json}" "2026-11-01" "from" from)
expect_json("${json}" "1" "accuracy numerator" current inventory_accuracy numerator)
expect_json("${json}" "2" "accuracy denominator" current inventory_accuracy denominator)
# The exact values are the integer pairs; a rate is their quotient as a double (0.5 is exact).
expect_json("${json}" "0.5" "accuracy rate" current inventory_accuracy rate)
expect_json("${json}" "31500" "value accuracy numerator" current value_accuracy numerator)
expect_json("${json}" "40500" "value accuracy denominator" current value_accuracy denominator)
expect_json("${json}" "2" "stockouts" current stockouts incidents)
expect_json("${json}" "1" "oversells" current stockouts oversells)
expect_json("${json}" "3" "oversold units" current stockouts oversold_units)
expect_json("${json}" "6" "availability changes" current availability_changes)
expect_json("${json}" "5" "abandonment numerator" current stock_abandonment numerator)
expect_json("${json}" "200" "abandonment denominator" current stock_abandonment denominator)
expect_json("${json}" "105" "completion numerator" current checkout_completion numerator)
expect_json("${json}" "130" "completion denominator" current checkout_completion denominator)
expect_json("${json}" "3" "promoters" current nps promoters)
expect_json("${json}" "2" "passives" current nps passives)
expect_json("${json}" "2" "detractors" current nps detractors)
expect_json("${json}" "100" "NPS numerator" current nps score numerator)
expect_json("${json}" "7" "NPS denominator" current nps score denominator)
expect_json("${json}" "14" "NPS rounded" current nps rounded)
expect_json("${json}" "0" "responses measured" current discrepancy_response average_ms denominator)
expect_json("${json}" "3" "previous abandonment" previous stock_abandonment numerator)
expect_json("${json}" "100" "previous carts" previous stock_abandonment denominator)
expect_json("${json}" "30" "previous completed" previous checkout_completion numerator)
expect_json("${json}" "50.0 %" "accuracy shown" figures 0 value)
expect_json("${json}" "no data" "response shown" figures 1 value)
expect_json("${json}" "2" "stockouts shown" figures 2 value)
expect_json("${json}" "2.5 %" "abandonment shown" figures 3 value)
expect_json("${json}" "80.8 %" "completion shown" figures 4 value)
expect_json("${json}" "+14" "NPS shown" figures 5 value)
string(JSON accuracy_days LENGTH "${json}" series 0 rows)
expect_equal("${accuracy_days}" "2" "days with counted lines")

run(0 json kpi --from 2026-11-01 --to 2026-11-14 --location S01 --json)
expect_json("${json}" "S01" "location" location)
expect_json("${json}" "25" "NPS at S01" current nps rounded)

run(0 out kpi --from 2026-11-01 --to 2026-11-14)
expect_match("${out}" "Inventory accuracy: 50.0 % \\(target > 98 %; no earlier data\\)" "text")
expect_match("${out}" "Net Promoter Score: \\+14 " "text NPS")
# An empty period: no data, never a division by zero.
run(0 out kpi --from 2025-01-01 --to 2025-01-31)
expect_match("${out}" "Checkout completion: no data" "empty period")

# Malformed files: refused with the line number, nothing changes.
set(CLI_REFUSAL_PREFIX "stockroom-cli: import: ")
run(0 before kpi --from 2026-10-01 --to 2026-11-30 --json)
string(JSON before GET "${before}" current)
file(WRITE "${WORK_DIR}/bad-funnel.csv"
"date,channel,carts_created,carts_abandoned,carts_abandoned_unavailable,checkouts_started,checkouts_completed
2026-11-20,web,10,5,1,6,5
2026-11-21,web,10,5,1,6,9
")
run(1 out import funnel "${WORK_DIR}/bad-funnel.csv")
expect_match("${out}" "bad-funnel.csv: line 3: More checkouts completed than started" "bad funnel")
file(WRITE "${WORK_DIR}/bad-surveys.csv" "id,date,score\nr8,2026-11-20,9\nr9,2026-11-20,11\n")
run(1 out import surveys "${WORK_DIR}/bad-surveys.csv")
expect_match("${out}" "bad-surveys.csv: line 3: score 11 is not between 0 and 10" "bad surveys")
run(0 after kpi --from 2026-10-01 --to 2026-11-30 --json)
string(JSON after GET "${after}" current)
expect_equal("${after}" "${before}" "figures after refused imports")

# Bad arguments: a non-zero exit and one line saying what is wrong.
set(CLI_REFUSAL_PREFIX "stockroom-cli: kpi: ")
run(2 out kpi --from 2026-11-01)
expect_match("${out}" "--to DATE is required" "missing --to")
run(2 out kpi --from 2026-13-01 --to 2026-11-14)
expect_match("${out}" "--from \"2026-13-01\" is not a date" "bad date")
run(2 out kpi --from 2026-11-14 --to 2026-11-01)
expect_match("${out}" "--from 2026-11-14 is after --to 2026-11-01" "reversed period")
run(1 out kpi --from 2026-11-01 --to 2026-11-14 --location X9)
expect_match("${out}" "unknown location \"X9\"" "unknown location")
run(2 out kpi --from 2026-11-01 --to 2026-11-14 extra)
expect_match("${out}" "unexpected argument \"extra\"" "extra argument")
set(CLI_REFUSAL_PREFIX "stockroom-cli: import: ")
run(2 out import visits "${WORK_DIR}/funnel.csv")
expect_match("${out}" "funnel, surveys" "unknown import kind")
