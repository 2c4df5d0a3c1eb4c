-- One row per kind of import; an import locks its row (SELECT … FOR UPDATE) before it reads or writes anything,
-- so two imports of content/ and exams/ (two nodes, or a double click) run one after the other (issue 15).
CREATE TABLE import_lock (
    name VARCHAR(32) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO import_lock (name) VALUES ('content');
