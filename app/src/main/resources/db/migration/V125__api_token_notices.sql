-- Nodes keep the API tokens they have checked (ApiTokenCache). Whatever ends or changes what a token
-- may do announces itself to every node, from the database itself, so that no path of the code (nor
-- an admin's own SQL) can forget to: a token deleted or given another owner or secret, a user
-- deleted or changed in what a signed-in principal carries. NOTIFY is sent when the transaction
-- commits, and only then.
create function notify_api_token_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('api_token_changed', '');
    return null;
end
$$;

create trigger api_token_changed after delete or update of user_id, token_hash on api_token
    for each statement execute function notify_api_token_changed();

create trigger app_user_changed after delete or update of email, password_hash, admin, active on app_user
    for each statement execute function notify_api_token_changed();

create trigger api_token_emptied after truncate on api_token
    for each statement execute function notify_api_token_changed();

create trigger app_user_emptied after truncate on app_user
    for each statement execute function notify_api_token_changed();
