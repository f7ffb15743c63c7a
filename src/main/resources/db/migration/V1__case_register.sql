-- The register of provider failure and exit cases: one row per case, keyed by its reference.
-- Process variables hold ids and decisions; the records the board and auditors need live here.
create table pfe_case (
    case_reference      varchar(20)  not null primary key,
    process_instance_id varchar(64),
    provider_id         varchar(64)  not null,
    trigger_type        varchar(40)  not null,
    escalation_level    varchar(20),
    decision            varchar(20),
    opened_by           varchar(128) not null,
    opened_at           timestamp    not null,
    closed_at           timestamp
);

create index pfe_case_provider on pfe_case (provider_id);
