-- The sealed record of a closed case: one row per timeline event, each hash chained to the one
-- before, written once at closure. /api/audit/cases/{ref}/verify recomputes it from the engine's
-- history and shows where the two differ.
create table pfe_audit_ledger (
    case_reference varchar(20)  not null,
    seq            integer      not null,
    event_hash     varchar(64)  not null,
    chain_hash     varchar(64)  not null,
    sealed_at      timestamp    not null,
    primary key (case_reference, seq)
);
