-- An abolished organisation can no longer act from the day of its abolition; its successor is
-- named so a refusal can say who took over (docs/adr/0004).
alter table organisation_directory add column abolished_on date;
alter table organisation_directory add column successor_id varchar(36);

-- The cascades of a leaving or an abolition visit every body of a partnership.
create index body_directory_by_partnership on body_directory (partnership_id);
create index partner_directory_by_organisation on partner_directory (organisation_id);
