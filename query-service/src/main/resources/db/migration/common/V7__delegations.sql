-- Delegations of statutory functions to bodies (seeds/003 §4.6.3; seeds/001 §24, §26), each part
-- that changes over time as half-open effective-date intervals [valid_from, valid_to).

-- The delegation itself: in force from its grant up to its revocation or lapse.
create table delegation (
  delegation_id uuid not null primary key,
  body_id uuid not null,
  function_code varchar(1000) not null,
  scope varchar(4000),
  valid_from date not null,
  valid_to date,
  -- REVOKED or LAPSED once it ended; why it lapsed
  ended_by varchar(20),
  lapse_reason varchar(40),
  recorded_at timestamp with time zone not null,
  ended_recorded_at timestamp with time zone,
  constraint delegation_interval check (valid_to is null or valid_from < valid_to)
);
-- "Which delegations did body B hold on D": the body, then the interval.
create index delegation_in_force on delegation (body_id, valid_from, valid_to);

-- Who delegated it: the grantor, then each successor of an abolished delegator. A row superseded
-- on its own first day keeps an empty interval [d, d), which no date falls in.
create table delegation_delegator (
  -- the id of the event that made this organisation the delegator
  id uuid not null primary key,
  delegation_id uuid not null,
  organisation_id uuid not null,
  predecessor_id uuid,
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  constraint delegation_delegator_interval check (valid_to is null or valid_from <= valid_to)
);
create index delegation_delegator_as_of
  on delegation_delegator (delegation_id, valid_from, valid_to);

-- Its terms: limits, conditions and the approval they were agreed under, from the grant and from
-- each variation. Empty intervals as for delegators.
create table delegation_terms (
  -- the id of the granting or varying event
  terms_id uuid not null primary key,
  delegation_id uuid not null,
  approved_by varchar(1000),
  approved_on date,
  approval_reference varchar(1000),
  valid_from date not null,
  valid_to date,
  recorded_at timestamp with time zone not null,
  constraint delegation_terms_interval check (valid_to is null or valid_from <= valid_to)
);
create index delegation_terms_as_of on delegation_terms (delegation_id, valid_from, valid_to);

-- Pounds with pence as two decimals (FinancialLimit's contract).
create table delegation_limit (
  terms_id uuid not null,
  position integer not null,
  kind varchar(40) not null,
  maximum numeric(19, 2) not null,
  description varchar(4000),
  primary key (terms_id, position)
);

create table delegation_condition (
  terms_id uuid not null,
  position integer not null,
  condition_text varchar(4000) not null,
  primary key (terms_id, position)
);

-- Every act on a delegation, for its timeline: granted, varied, passed to a successor, revoked or
-- lapsed, each with its effective date and when it was recorded.
create table delegation_act (
  event_id uuid not null primary key,
  delegation_id uuid not null,
  act varchar(30) not null,
  effective_date date not null,
  recorded_at timestamp with time zone not null,
  -- the terms it set (granted, varied)
  terms_id uuid,
  -- the delegator it named (granted: the grantor; passed: the successor) and the predecessor
  delegator_id uuid,
  predecessor_id uuid,
  lapse_reason varchar(40)
);
create index delegation_act_timeline on delegation_act (delegation_id, effective_date);
