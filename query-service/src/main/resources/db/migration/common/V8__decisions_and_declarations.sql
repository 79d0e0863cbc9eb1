-- What a body decided, was refused, or recommended, each on one effective date: acts, not
-- intervals. Refusals are kept because an auditor must see the attempt (BodyEvent.DecisionRefused).
create table decision (
  decision_id uuid not null primary key,
  body_id uuid not null,
  -- DECIDED, REFUSED or RECOMMENDED
  outcome varchar(20) not null,
  subject varchar(4000),
  matter varchar(1000),
  function_code varchar(1000),
  -- the delegation and delegator it was decided under (DECIDED only)
  delegation_id uuid,
  delegator_id uuid,
  limit_kind varchar(40),
  -- pounds with pence as two decimals
  amount numeric(19, 2),
  -- the refusing rule's slug and the reason the client read (REFUSED only)
  rule varchar(200),
  reason varchar(4000),
  -- to whom a recommendation went (RECOMMENDED only)
  recommended_to varchar(1000),
  decided_on date not null,
  recorded_at timestamp with time zone not null
);
-- "What did body B decide between D1 and D2": the body, then the date.
create index decision_by_date on decision (body_id, decided_on);

-- The members who had declared an interest in the matter and did not vote.
create table decision_abstention (
  decision_id uuid not null,
  position integer not null,
  membership_id uuid not null,
  primary key (decision_id, position)
);

-- Members' declarations of interest (seeds/001 MoU §23).
create table interest_declaration (
  declaration_id uuid not null primary key,
  body_id uuid not null,
  membership_id uuid not null,
  matter varchar(1000),
  interest varchar(4000),
  declared_on date not null,
  recorded_at timestamp with time zone not null
);
create index interest_declaration_by_date on interest_declaration (body_id, declared_on);
