-- The role and the database TaskSync uses on an external PostgreSQL. Run it once, as a superuser,
-- with the role's password as a psql variable:
--   sudo -u postgres psql -v ON_ERROR_STOP=1 -v password='<the password>' -f create-database.sql
-- The role owns its database and nothing else: no superuser, no CREATEDB, no CREATEROLE. Flyway,
-- run by TaskSync at each start, creates and changes the tables inside it.
CREATE ROLE tasksync LOGIN PASSWORD :'password';
CREATE DATABASE tasksync OWNER tasksync ENCODING 'UTF8' TEMPLATE template0;
