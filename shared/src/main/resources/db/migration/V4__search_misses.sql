-- What visitors searched for and did not find: the query text and a count per day, nothing else.
create table search_miss (
    query     varchar(100) not null,
    miss_day  date         not null,
    misses    int          not null,
    primary key (query, miss_day)
);
