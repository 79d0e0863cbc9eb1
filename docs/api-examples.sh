#!/usr/bin/env bash
# Runs the endpoints against a running system (./run-local.sh), as an integration client and an
# auditor would, and prints each answer: organisations, partnerships, bodies, members, reporting
# lines, MoUs, delegations, decisions (and a refusal, which is kept), succession, a correction.
#   docs/api-examples.sh [command-service URL] [query-service URL]
set -euo pipefail
C="${1:-http://localhost:8080}"
Q="${2:-http://localhost:8081}"
H=(-H 'Content-Type: application/json' -H 'X-Actor: governance.officer@durham.gov.uk'
   -H 'X-On-Behalf-Of: Durham County Council')

show() { echo; echo "\$ $1"; }
# Prints the answer and keeps the value of one JSON field of it in $ID.
post() {
  local path="$1" body="$2" field="${3:-}"
  show "POST $path"
  local answer
  answer="$(curl -sS -w '\n%{http_code}' "${H[@]}" "$C$path" -d "$body")"
  echo "$answer"
  if [[ -n "$field" ]]; then
    ID="$(echo "$answer" | sed -n "s/.*\"$field\":\"\([^\"]*\)\".*/\1/p" | head -n 1)"
  fi
}
get() { show "GET $1"; curl -sS -w '\n%{http_code}\n' "$Q$1"; }

post /organisations '{"name": "Durham County Council", "kind": "LOCAL_AUTHORITY",
  "effectiveDate": "1974-04-01", "reason": "Party to the April 2017 MoU"}' organisationId
DCC="$ID"
post /organisations '{"name": "NHS County Durham CCG", "kind": "CLINICAL_COMMISSIONING_GROUP",
  "effectiveDate": "2013-04-01", "reason": "Party to the April 2017 MoU"}' organisationId
CCG="$ID"
post /organisations '{"name": "Harrogate and District NHS FT", "kind": "NHS_FOUNDATION_TRUST",
  "statutoryBody": false, "effectiveDate": "2004-01-01", "reason": "Party to the December 2020 MoU"}' organisationId
HDFT="$ID"
post /partnerships '{"name": "County Durham Care Partnership", "place": "County Durham",
  "foundingPartners": ["'"$DCC"'", "'"$CCG"'"], "effectiveDate": "2018-04-01",
  "reason": "Integrated Governance Framework, April 2018"}' partnershipId
CDCP="$ID"
post "/partnerships/$CDCP/partners" '{"organisationId": "'"$HDFT"'", "effectiveDate": "2020-12-01",
  "reason": "Signed the December 2020 MoU"}'
post /organisations '{"name": "NHS North East and North Cumbria ICB", "kind": "INTEGRATED_CARE_BOARD",
  "effectiveDate": "2022-07-01", "reason": "Established by the Health and Care Act 2022"}' organisationId
ICB="$ID"

post /mous '{"partnershipId": "'"$CDCP"'", "title": "County Durham Integrated Care MoU",
  "versionLabel": "December 2020", "parties": ["'"$DCC"'", "'"$CCG"'", "'"$HDFT"'"],
  "schedules": ["Schedule 1: governance"], "initialTermMonths": 12, "reviewPeriodMonths": 12,
  "effectiveDate": "2020-12-01", "reason": "seeds/001 MoU"}' mouId
MOU="$ID"
for PARTY in "$DCC" "$CCG" "$HDFT"; do
  post "/mous/$MOU/versions/1/signatures" '{"organisationId": "'"$PARTY"'",
    "signatory": "Chief Executive", "effectiveDate": "2021-03-17", "reason": "Signed"}'
done

post /bodies '{"partnershipId": "'"$CDCP"'", "name": "County Durham Health and Care Joint Committee",
  "type": "JOINT_COMMITTEE", "status": "SHADOW", "effectiveDate": "2022-10-01",
  "reason": "Shadow form from October 2022 (seeds/000 §7)"}' bodyId
JC="$ID"
post "/bodies/$JC/status" '{"status": "OPERATIONAL", "effectiveDate": "2023-04-01",
  "reason": "Fully operational from April 2023"}'
post "/bodies/$JC/terms-of-reference" '{"title": "Joint committee terms of reference",
  "reference": "JC-ToR-1", "effectiveDate": "2023-04-01", "reason": "Adopted at the first meeting"}'

post "/bodies/$JC/members" '{"personName": "Cllr Lucy Hovvels", "organisationId": "'"$DCC"'",
  "role": "CHAIR", "effectiveDate": "2023-04-01", "reason": "Chair jointly appointed by the members"}' membershipId
CHAIR="$ID"
post /bodies '{"partnershipId": "'"$CDCP"'", "name": "Health and Wellbeing Board",
  "type": "HEALTH_AND_WELLBEING_BOARD", "status": "OPERATIONAL", "effectiveDate": "2018-04-01",
  "reason": "Statutory board"}' bodyId
HWB="$ID"
post "/partnerships/$CDCP/reporting-lines" '{"fromBodyId": "'"$JC"'", "toBodyId": "'"$HWB"'",
  "kind": "REPORTING_RELATIONSHIP", "effectiveDate": "2023-04-01", "reason": "seeds/000 §17"}'

post "/bodies/$JC/delegations" '{"delegatorId": "'"$DCC"'", "function": "community-mental-health",
  "scope": "Community mental health services", "limits": [
    {"kind": "BUDGET_MOVEMENT", "maximum": 1000000, "description": "Move up to £1m within the base budget"},
    {"kind": "NEW_SCHEME", "maximum": 500000, "description": "New schemes up to £500k"}],
  "approval": {"approvedBy": "Durham County Council Cabinet", "approvedOn": "2023-03-15",
               "reference": "Cabinet 2023/41"},
  "effectiveDate": "2023-04-01", "reason": "seeds/003 §4.6.3"}' delegationId
DELEGATION="$ID"
post "/bodies/$JC/recommendations" '{"subject": "Crisis service", "function": "community-mental-health",
  "recommendedTo": "NENC ICB Board", "effectiveDate": "2022-11-09", "reason": "In shadow form (seeds/000 §7)"}'
post "/bodies/$JC/decisions" '{"subject": "Community crisis service", "function": "community-mental-health",
  "limitKind": "NEW_SCHEME", "amount": 400000, "effectiveDate": "2023-07-12",
  "reason": "Meeting of 12 July 2023, item 7"}' decisionId
DECISION="$ID"
echo; echo "# Refused and kept for the auditor: over the £500k new-scheme limit (409)"
post "/bodies/$JC/decisions" '{"subject": "Autism centres", "function": "community-mental-health",
  "limitKind": "NEW_SCHEME", "amount": 750000, "effectiveDate": "2023-07-12", "reason": "item 8"}'
echo; echo "# A correction names what it corrects and why; the first record stays"
post "/bodies/$JC/decisions/$DECISION/corrections" '{"amount": 40000,
  "reason": "The minute says £40,000"}'

echo; echo "# Succession: the CCG is abolished; the ICB takes over its place and MoU signature"
post "/organisations/$CCG/abolition" '{"successorId": "'"$ICB"'", "effectiveDate": "2022-07-01",
  "reason": "Health and Care Act 2022 (seeds/003 §2.1)"}'
echo; echo "# HDFT gives notice and leaves: the MoU is amended without it"
post "/partnerships/$CDCP/partners/$HDFT/notice" '{"effectiveDate": "2024-01-10",
  "reason": "Letter of 10 January 2024"}'
post "/partnerships/$CDCP/partners/$HDFT/leaving" '{"effectiveDate": "2024-04-01",
  "reason": "Withdrawal agreed by the partners"}'
echo; echo "# Refused: a second chair on the same date (409)"
post "/bodies/$JC/members" '{"personName": "Another Chair", "organisationId": "'"$DCC"'",
  "role": "CHAIR", "effectiveDate": "2023-05-01", "reason": "r"}'

echo; echo "# Refused: the council is already a partner (409, nothing stored)"
post "/partnerships/$CDCP/partners" '{"organisationId": "'"$DCC"'", "effectiveDate": "2021-04-01",
  "reason": "again"}'
echo; echo "# Refused: a malformed date (400)"
post /organisations '{"name": "X", "kind": "LOCAL_AUTHORITY", "effectiveDate": "2021-13-01", "reason": "r"}'

sleep 1 # the query side is eventually consistent: about a second behind
get "/organisations/$HDFT"
get "/organisations"
get "/partnerships/$CDCP"
get "/partnerships/$CDCP/partners?on=2018-03-31"
get "/partnerships/$CDCP/partners?on=2021-04-01"
get "/partnerships/$CDCP/partners?on=2022-07-01"
get "/bodies/$JC?on=2022-12-01"
get "/partnerships/$CDCP/bodies?on=2023-04-01"
get "/bodies/$JC/members?on=2023-04-01"
get "/bodies/$JC/delegations?on=2023-07-12"
get "/delegations/$DELEGATION"
get "/bodies/$JC/decisions?from=2022-10-01&to=2023-12-31"
get "/partnerships/$CDCP/reporting-lines?on=2023-04-01"
get "/mous/$MOU?on=2021-05-01"
get "/mous/$MOU?on=2024-04-01"
get "/organisations/$CCG?on=2022-07-01"
get "/organisations/$HDFT/history"
get "/bodies/$JC/history"
get "/audit-trail?organisation=$DCC&size=5"
