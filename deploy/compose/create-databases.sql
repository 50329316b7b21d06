-- The four service databases (run once, by the postgres image, on an empty data directory)
CREATE DATABASE candidate;
CREATE DATABASE training;
CREATE DATABASE admission;
CREATE DATABASE reporting;
