package com.tasksync.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stands in for a record TaskSync's database refuses: no legal Salesforce value is known to fail any
 * more, so a trigger on {@code task} makes a write of one subject fail. The only fake part of the tests
 * that use it; {@link #drop} takes it away again.
 */
public final class RefusedSubject {

    private RefusedSubject() {}

    /** From now on, writing a task with this subject fails with "refused by a test trigger". */
    public static void refuse(JdbcClient jdbc, String subject) {
        jdbc.sql("""
                create or replace function refuse_subject() returns trigger language plpgsql as $$
                begin
                    if new.subject = '%s' then
                        raise exception 'refused by a test trigger';
                    end if;
                    return new;
                end $$
                """.formatted(subject.replace("'", "''"))).update();
        jdbc.sql("""
                create trigger refuse_subject before insert or update on task
                for each row execute function refuse_subject()
                """).update();
    }

    public static void drop(JdbcClient jdbc) {
        jdbc.sql("drop trigger if exists refuse_subject on task").update();
        jdbc.sql("drop function if exists refuse_subject()").update();
    }
}
