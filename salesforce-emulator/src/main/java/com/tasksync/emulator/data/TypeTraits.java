package com.tasksync.emulator.data;

/**
 * What an sObject type allows through the API, as describe reports it. {@code auditFields}: the
 * type accepts CreatedDate, CreatedById, LastModifiedDate and LastModifiedById on insert when the
 * org has "Set Audit Fields upon Record Creation".
 */
public record TypeTraits(boolean createable, boolean updateable, boolean deletable, boolean replicateable,
        boolean auditFields) {

    public static final TypeTraits FULL = new TypeTraits(true, true, true, true, true);
    public static final TypeTraits READ_ONLY = new TypeTraits(false, false, false, false, false);
    public static final TypeTraits USERS = new TypeTraits(false, false, false, true, false);
}
