-- Whether the user picked their time zone themselves (in Settings). Until they do, the Command Center
-- may propose the browser's zone; nothing changes unless they accept.
alter table app_user add column time_zone_chosen boolean not null default false;
