-- The language a user chose for TaskSync's pages (a BCP 47 tag such as 'fr' or 'pt-BR'); null means
-- the browser's Accept-Language decides.
alter table app_user add column language text;
