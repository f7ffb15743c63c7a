-- Vacancies: free beds by type at each care home, or spare home care hours a week.
create table pfe_vacancy (
    provider_id varchar(64) not null references pfe_provider (provider_id),
    bed_type    varchar(30) not null,
    vacancies   integer     not null,
    as_of       date        not null,
    primary key (provider_id, bed_type)
);

-- Moves: where each person went, recorded once per case (the relocation's record of the move).
create table pfe_move (
    move_id          varchar(64)  not null primary key,
    case_reference   varchar(20)  not null,
    person_id        varchar(64)  not null references pfe_person (person_id),
    from_provider_id varchar(64)  not null,
    to_provider_id   varchar(64)  not null,
    bed_type         varchar(30)  not null,
    units            integer      not null,
    moving_date      date,
    recorded_at      timestamp    not null,
    constraint pfe_move_once unique (case_reference, person_id)
);
create index pfe_move_to on pfe_move (to_provider_id);
