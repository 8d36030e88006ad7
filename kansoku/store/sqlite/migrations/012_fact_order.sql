-- Indexes for reading facts in the order the views list them, at 100,000 documents:
-- the timeline's merged events by date (whole, or of one category) and the figures of
-- one kind by as-of date (what a how-many question reads), so a window or a page is a
-- walk along an index rather than a sort of every row. Status and actor (and, for one
-- category, mode and every party: what ask filters by) ride along so that a filter on
-- them, and a count, read the index without the rows; the figures' index holds what
-- choosing among a kind's reports reads (Store.figure_outlines). Plain SQL:
-- PostgreSQL's 012 is the same.
CREATE INDEX clusters_date ON clusters (date_start, id, type, status, actor);
CREATE INDEX clusters_type_date ON clusters (
    type, date_start, id, status, actor, mode, target, location, source
);
CREATE INDEX figures_kind_date ON figures (
    kind, as_of, unit, measure, subject, recipient, source, series, status, id
);
