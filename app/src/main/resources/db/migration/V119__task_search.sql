-- Search by subject and description: words as typed (the 'simple' configuration lowercases and does not
-- stem, so it serves English, French and Portuguese alike), each word matched as a prefix.
create index task_search on task
    using gin (to_tsvector('simple', coalesce(subject, '') || ' ' || coalesce(description, '')));
