#!/usr/bin/env bash
# Runs every endpoint of the foundation slice against a running system (./run-local.sh), as an
# integration client and an auditor would, and prints each answer.
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
post "/partnerships/$CDCP/partners/$CCG/notice" '{"effectiveDate": "2022-01-10",
  "intendedLeavingDate": "2022-07-01", "reason": "Letter of 10 January 2022"}'
post "/partnerships/$CDCP/partners/$CCG/leaving" '{"effectiveDate": "2022-07-01",
  "reason": "CCG abolished by the Health and Care Act 2022"}'

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
echo; echo "# Refused: a second chair on the same date (409)"
post "/bodies/$JC/members" '{"personName": "Another Chair", "organisationId": "'"$HDFT"'",
  "role": "CHAIR", "effectiveDate": "2023-05-01", "reason": "r"}'

echo; echo "# Refused: HDFT is already a partner (409, nothing stored)"
post "/partnerships/$CDCP/partners" '{"organisationId": "'"$HDFT"'", "effectiveDate": "2021-04-01",
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
