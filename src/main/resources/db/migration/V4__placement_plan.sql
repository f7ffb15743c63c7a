-- The case's placement plan: the place proposed to each person by the global matching. A proposed
-- place is held for that person (no one else is proposed it) until they move or leave.
create table pfe_placement_plan (
    case_reference varchar(20)  not null,
    person_id      varchar(64)  not null,
    provider_id    varchar(64)  not null,
    bed_type       varchar(30)  not null,
    units          integer      not null,
    cost           double precision not null,
    status         varchar(20)  not null,
    planned_at     timestamp    not null,
    primary key (case_reference, person_id)
);

alter table pfe_person add column left_reason varchar(40);
