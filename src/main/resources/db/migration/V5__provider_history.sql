-- Every change of a provider's registration, service type, CQC rating or placement suspension, with
-- the date it took effect. Written by the register, never updated in place: the board's report
-- reads the position at any date from it.
create table pfe_provider_history (
    history_id   varchar(64)  not null primary key,
    provider_id  varchar(64)  not null,
    field        varchar(30)  not null,
    old_value    varchar(40),
    new_value    varchar(40)  not null,
    effective_on date         not null,
    recorded_at  timestamp    not null,
    source       varchar(60)  not null
);
create index pfe_provider_history_provider on pfe_provider_history (provider_id, field, effective_on);
