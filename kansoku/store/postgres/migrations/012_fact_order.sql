-- PostgreSQL form of sqlite/migrations/012, the same statements: merged events by date
-- (whole, or of one category) for the timeline and ask, figures of one kind by as-of date
-- for how-many questions.
CREATE INDEX clusters_date ON clusters (date_start, id, type, status, actor);
CREATE INDEX clusters_type_date ON clusters (
    type, date_start, id, status, actor, mode, target, location, source
);
CREATE INDEX figures_kind_date ON figures (
    kind, as_of, unit, measure, subject, recipient, source, series, status, id
);
