-- An interval [d, d) is empty: the fact was never in force. The command side records such facts
-- when a consequence reaches a fact dated after its cause: a membership that was to begin after its
-- organisation left ends on the day it would have begun; a delegation granted for a day after its
-- delegator left lapses on the day it would have taken effect (docs/adr/0008). A read model that
-- refused them would hold up every later event on the partition, so the intervals admit them.
alter table partner_tenure drop constraint partner_tenure_interval;
alter table partner_tenure add constraint partner_tenure_interval check (valid_to is null or valid_from <= valid_to);
alter table body_status drop constraint body_status_interval;
alter table body_status add constraint body_status_interval check (valid_to is null or valid_from <= valid_to);
alter table body_member_role drop constraint body_member_role_interval;
alter table body_member_role add constraint body_member_role_interval check (valid_to is null or valid_from <= valid_to);
alter table organisation_name drop constraint organisation_name_interval;
alter table organisation_name add constraint organisation_name_interval check (valid_to is null or valid_from <= valid_to);
alter table reporting_line drop constraint reporting_line_interval;
alter table reporting_line add constraint reporting_line_interval check (valid_to is null or valid_from <= valid_to);
alter table chair_arrangement drop constraint chair_arrangement_interval;
alter table chair_arrangement add constraint chair_arrangement_interval check (valid_to is null or valid_from <= valid_to);
alter table delegation drop constraint delegation_interval;
alter table delegation add constraint delegation_interval check (valid_to is null or valid_from <= valid_to);
alter table mou_review drop constraint mou_review_interval;
alter table mou_review add constraint mou_review_interval check (valid_to is null or valid_from <= valid_to);
