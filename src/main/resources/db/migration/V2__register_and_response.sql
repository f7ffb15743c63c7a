-- The market register: providers the council commissions from, with their CQC rating and
-- whether new placements are suspended.
create table pfe_provider (
    provider_id          varchar(64)  not null primary key,
    name                 varchar(200) not null,
    service_type         varchar(30)  not null,
    cqc_rating           varchar(30)  not null,
    capacity             integer      not null,
    postcode             varchar(10),
    latitude             double precision,
    longitude            double precision,
    local_authority      varchar(100) not null,
    placements_suspended boolean      not null default false
);
create index pfe_provider_type on pfe_provider (service_type, local_authority);

-- The people a provider serves (special-category data: logs carry person ids only).
create table pfe_person (
    person_id                varchar(64)  not null primary key,
    provider_id              varchar(64)  not null references pfe_provider (provider_id),
    nhs_number               varchar(10)  not null,
    given_name               varchar(100) not null,
    family_name              varchar(100) not null,
    date_of_birth            date         not null,
    funding_type             varchar(20)  not null,
    funding_authority        varchar(100),
    nursing_need             boolean      not null default false,
    dementia_care            boolean      not null default false,
    home_care_hours_per_week integer,
    preferred_latitude       double precision,
    preferred_longitude      double precision,
    keep_together_group      varchar(64),
    status                   varchar(20)  not null default 'ACTIVE'
);
create index pfe_person_provider on pfe_person (provider_id, status);

-- Suspensions of new placements: set by a case, lifted later; never deleted.
create table pfe_suspension (
    suspension_id  varchar(64)  not null primary key,
    provider_id    varchar(64)  not null references pfe_provider (provider_id),
    case_reference varchar(20)  not null,
    scope          varchar(60)  not null,
    review_date    date         not null,
    set_at         timestamp    not null,
    set_by         varchar(128) not null,
    lifted_at      timestamp,
    lifted_by      varchar(128)
);
create index pfe_suspension_case on pfe_suspension (case_reference);

-- Everything the procedure tells others, recorded before it is sent.
create table pfe_notification (
    notification_id varchar(64)  not null primary key,
    case_reference  varchar(20)  not null,
    recipient_type  varchar(30)  not null,
    recipient       varchar(200) not null,
    subject         varchar(300) not null,
    body            varchar(4000) not null,
    recorded_at     timestamp    not null,
    sent_at         timestamp,
    channel         varchar(20),
    constraint pfe_notification_once unique (case_reference, recipient_type, recipient, subject)
);

-- Deadlines that passed: which task, whose, when it was due, when it was escalated.
create table pfe_escalation (
    escalation_id       varchar(64)  not null primary key,
    case_reference      varchar(20)  not null,
    process_instance_id varchar(64)  not null,
    task_definition_key varchar(100) not null,
    task_name           varchar(200) not null,
    candidate_group     varchar(64),
    escalation_level    varchar(20),
    due_at              timestamp,
    escalated_at        timestamp    not null,
    constraint pfe_escalation_once unique (process_instance_id, task_definition_key, due_at)
);
create index pfe_escalation_case on pfe_escalation (case_reference);

-- Mutual aid: partner staff pools and what was allocated from them to a case.
create table pfe_staff_pool (
    pool_id         varchar(64)  not null primary key,
    name            varchar(200) not null,
    source_type     varchar(30)  not null,
    role            varchar(30)  not null,
    shifts_per_day  integer      not null,
    cost_per_shift  numeric(10, 2) not null default 0
);

create table pfe_staff_allocation (
    allocation_id   varchar(64)  not null primary key,
    case_reference  varchar(20)  not null,
    request_key     varchar(100) not null,
    pool_id         varchar(64)  not null references pfe_staff_pool (pool_id),
    role            varchar(30)  not null,
    shifts_per_day  integer      not null,
    allocated_at    timestamp    not null,
    released_at     timestamp
);
create index pfe_staff_allocation_case on pfe_staff_allocation (case_reference, request_key);

-- Case references PFE-<year>-<4 digits>, numbered per year.
create table pfe_case_sequence (
    case_year   integer not null primary key,
    last_number integer not null
);

-- The case report for the joint commissioning board, written at closure.
create table pfe_case_report (
    case_reference varchar(20)  not null primary key,
    written_at     timestamp    not null,
    markdown       text         not null
);

alter table pfe_case add column concern_summary varchar(4000);
alter table pfe_case add column section48_applies boolean;
alter table pfe_case add column lessons_learned varchar(4000);
