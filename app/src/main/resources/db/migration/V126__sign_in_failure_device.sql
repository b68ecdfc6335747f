-- Failed sign-ins are also counted per device cookie (SignInThrottle): a browser whose cookie vouches
-- for an account skips the address and account rules, until that cookie itself fails too often.
-- Its key is a SHA-256 of the cookie's value.
alter table sign_in_failure drop constraint sign_in_failure_scope_check;
alter table sign_in_failure add constraint sign_in_failure_scope_check
    check (scope in ('address', 'account', 'device'));
