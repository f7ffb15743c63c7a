-- What happened to people after they were moved: hospital admissions and deaths, which relocation
-- puts at risk. The board is told how many fell within 30 and within 90 days of a move. Rows are
-- added, never updated; the same event reported twice (same person, move, outcome and day) is one row.
create table pfe_move_outcome (
    outcome_id     varchar(64)  not null primary key,
    case_reference varchar(20)  not null,
    person_id      varchar(64)  not null references pfe_person (person_id),
    outcome        varchar(30)  not null,
    occurred_on    date         not null,
    source         varchar(30)  not null,
    recorded_by    varchar(128) not null,
    recorded_at    timestamp    not null,
    constraint pfe_move_outcome_once unique (case_reference, person_id, outcome, occurred_on)
);
create index pfe_move_outcome_occurred on pfe_move_outcome (occurred_on);
